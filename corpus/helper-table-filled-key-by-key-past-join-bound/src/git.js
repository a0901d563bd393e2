"use strict";
// One wrapper per read-only git command, added to the table one at a time
// (the table grew with the tool list; each name maps to a fixed command line).
const { execSync } = require("node:child_process");

const git = {};
const run = (cmd) => execSync(cmd, { encoding: "utf8" });
git.status_short = () => run("git status --short");
git.branch_list = () => run("git branch --list");
git.remote_v = () => run("git remote -v");
git.stash_list = () => run("git stash list");
git.tag_list = () => run("git tag --list");
git.log_1_format_H = () => run("git log -1 --format=%H");
git.rev_parse_HEAD = () => run("git rev-parse HEAD");
git.rev_parse_abbrev_ref_HEAD = () => run("git rev-parse --abbrev-ref HEAD");
git.config_list = () => run("git config --list");
git.worktree_list = () => run("git worktree list");
git.shortlog_sn = () => run("git shortlog -sn");
git.describe_tags = () => run("git describe --tags");
git.count_objects_v = () => run("git count-objects -v");
git.ls_files = () => run("git ls-files");
git.ls_files_others = () => run("git ls-files --others");
git.diff_stat = () => run("git diff --stat");
git.diff_cached_stat = () => run("git diff --cached --stat");
git.reflog_n_20 = () => run("git reflog -n 20");
git.notes_list = () => run("git notes list");
git.submodule_status = () => run("git submodule status");
git.for_each_ref_refs_heads = () => run("git for-each-ref refs/heads");
git.for_each_ref_refs_tags = () => run("git for-each-ref refs/tags");
git.for_each_ref_refs_remotes = () => run("git for-each-ref refs/remotes");
git.rev_list_count_HEAD = () => run("git rev-list --count HEAD");
git.var_GIT_AUTHOR_IDENT = () => run("git var GIT_AUTHOR_IDENT");
git.var_GIT_COMMITTER_IDENT = () => run("git var GIT_COMMITTER_IDENT");
git.config_user_name = () => run("git config user.name");
git.config_user_email = () => run("git config user.email");
git.config_core_editor = () => run("git config core.editor");
git.config_remote_origin_url = () => run("git config remote.origin.url");
git.fsck_no_progress = () => run("git fsck --no-progress");
git.gc_auto = () => run("git gc --auto");
git.prune_dry_run = () => run("git prune --dry-run");
git.maintenance_run_auto = () => run("git maintenance run --auto");
git.bisect_log = () => run("git bisect log");
git.cherry_v = () => run("git cherry -v");
git.clean_n = () => run("git clean -n");
git.sparse_checkout_list = () => run("git sparse-checkout list");
git.lfs_ls_files = () => run("git lfs ls-files");
git.check_ignore_v = () => run("git check-ignore -v .");
git.grep_c_TODO = () => run("git grep -c TODO");
git.ls_tree_HEAD = () => run("git ls-tree HEAD");
git.cat_file_p_HEAD = () => run("git cat-file -p HEAD");
git.show_ref = () => run("git show-ref");
git.symbolic_ref_HEAD = () => run("git symbolic-ref HEAD");
git.merge_base_HEAD_origin_main = () => run("git merge-base HEAD origin/main");
git.log_oneline_20 = () => run("git log --oneline -20");
git.log_merges_5 = () => run("git log --merges -5");
git.log_since_1_week = () => run("git log --since=1.week");
git.blame_porcelain_README_md = () => run("git blame --porcelain README.md");
git.whatchanged_1 = () => run("git whatchanged -1");
git.range_diff_HEAD_1_HEAD = () => run("git range-diff HEAD~1 HEAD");
git.diff_HEAD_1_name_only = () => run("git diff HEAD~1 --name-only");
git.status_porcelain_v2 = () => run("git status --porcelain=v2");
git.stash_show = () => run("git stash show");
git.rerere_status = () => run("git rerere status");
git.remote_show_origin = () => run("git remote show origin");
git.ls_remote_heads_origin = () => run("git ls-remote --heads origin");
git.fetch_dry_run = () => run("git fetch --dry-run");
git.verify_commit_HEAD = () => run("git verify-commit HEAD");
git.hash_object_README_md = () => run("git hash-object README.md");
git.name_rev_HEAD = () => run("git name-rev HEAD");
git.archive_list = () => run("git archive --list");
git.help_a = () => run("git help -a");
git.version = () => run("git version");
git.config_global_list = () => run("git config --global --list");
git.config_system_list = () => run("git config --system --list");
git.log_reverse_1 = () => run("git log --reverse -1");
git.rev_parse_show_toplevel = () => run("git rev-parse --show-toplevel");
git.rev_parse_git_dir = () => run("git rev-parse --git-dir");

// Added last, past the first 64 names: the ones an agent calls with its own input.
git.log_of = (ref) => execSync(`git log --oneline ${ref}`, { encoding: "utf8" }); // expect: command-injection
git.show_file = (rev, file) => execSync("git show " + rev + ":" + file, { encoding: "utf8" }); // expect: command-injection
// ok: command-injection
git.head_short = () => execSync("git rev-parse --short HEAD", { encoding: "utf8" });

module.exports = git;
