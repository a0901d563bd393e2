{
  "targets": [
    { "target_name": "watcher", "sources": ["src/watcher.cc"], "include_dirs": ["<!(node -p \"require('node-addon-api').include_dir\")"] }
  ]
}
