// What a credential is not: the variables a terminal or desktop session sets
// to describe itself, and feature switches, whatever secret word they carry.
import assert from "node:assert/strict";
import { test } from "node:test";
import { isSecretName } from "../rules/models/secret-names.js";

test("secret names: terminal and desktop session markers are not credentials", () => {
  const markers = ["WT_SESSION", "WT_PROFILE_ID", "TERM_SESSION_ID", "ITERM_SESSION_ID", "XDG_SESSION_ID", "XDG_SESSION_TYPE", "KONSOLE_DBUS_SESSION", "DBUS_SESSION_BUS_ADDRESS", "GNOME_DESKTOP_SESSION_ID", "TMUX_PANE", "DESKTOP_SESSION", "SESSIONNAME", "SESSION_MANAGER", "STY"];
  assert.deepEqual(markers.filter(isSecretName), []);
});

test("secret names: feature switches are not credentials", () => {
  assert.deepEqual(["FEATURE_SESSION_RESUME", "FF_AUTH_V2", "EXPERIMENTAL_TOKEN_CACHE", "SESSION_RESUME_FLAG", "AUTH_V2_FLAGS"].filter(isSecretName), []);
});

test("secret names: session credentials stay credentials", () => {
  const secrets = ["SESSION_TOKEN", "SESSION_SECRET", "SESSION_ID", "BROWSER_SESSION", "SESSION_COOKIE", "TERMINAL_API_TOKEN", "WTF_SESSION_KEY", "AUTH_TOKEN", "LAUNCHDARKLY_SDK_KEY"];
  assert.deepEqual(secrets.filter((n) => !isSecretName(n)), []);
});
