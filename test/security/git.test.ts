import { chmodSync, existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, tempTree } from "../cli/helpers.js";
import { git } from "./helpers.js";

/**
 * `--changed-since` runs git in the repository being linted, whose .git/config is as untrusted as
 * its files: programs it names (an fsmonitor hook, clean filters for what .gitattributes marks,
 * hooks) must not run (src/cli/git.ts).
 */

const POD = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  annotations:\n    cni.projectcalico.org/ipAddrs: '["10.0.0.1"]'\n`;

describe("git on an untrusted checkout", () => {
  it("--changed-since runs no fsmonitor hook and no filter from the repository's configuration", async () => {
    const cwd = tempTree({ "a.yaml": POD, ".gitattributes": "*.yaml filter=evil\n" });
    git(cwd, "init", "-q");
    git(cwd, "add", "-A");
    git(cwd, "commit", "-q", "-m", "initial");
    const marker = (name: string): string => join(cwd, name);
    const hook = join(cwd, "fsmonitor.sh");
    writeFileSync(hook, `#!/bin/sh\ntouch "${marker("FSMONITOR-RAN")}"\nexit 1\n`);
    chmodSync(hook, 0o755);
    git(cwd, "config", "core.fsmonitor", hook);
    git(cwd, "config", "filter.evil.clean", `touch "${marker("FILTER-RAN")}"; cat`);
    git(cwd, "config", "filter.evil.smudge", `touch "${marker("FILTER-RAN")}"; cat`);
    // A change, with a new modification time, so that git looks at the content.
    writeFileSync(join(cwd, "a.yaml"), POD.replace("10.0.0.1", "10.0.0.300"));
    const r = await cli([".", "--changed-since", "HEAD", "-f", "json"], { cwd, env: { PATH: process.env["PATH"] ?? "" } });
    expect(r.stderr).not.toContain("internal error");
    expect((JSON.parse(r.stdout) as { messages: { ruleId: string }[] }[]).flatMap((f) => f.messages.map((m) => m.ruleId))).toContain("invalid-ip");
    expect(existsSync(marker("FSMONITOR-RAN")), "the fsmonitor hook ran").toBe(false);
    expect(existsSync(marker("FILTER-RAN")), "the clean filter ran").toBe(false);
  });
});
