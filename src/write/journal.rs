//! What codesite keeps in the output folder to know which files are its own, and to finish
//! a commit that was stopped: the manifest, the journal and the staging folder.
//!
//! - `.codesite-manifest`: the files of the last finished build, one per line, after a first
//!   line `# codesite <fingerprint> <bytes> bytes` (the input's fingerprint and the size of
//!   all those files, which a file cut short by a power loss no longer adds up to).
//! - `.codesite-journal`: present only while a commit runs, or after one was stopped. It
//!   lists every file that may be codesite's while the commit moves files in and removes
//!   stale ones: the new build's files, then those of earlier builds. Written in full and made
//!   durable (`fsync`) before the first file moves, so that whatever the moment a commit stops
//!   (a kill, a power loss, a full disk), the next build knows every file the commit may have
//!   put in place or left behind as codesite's own, and overwrites or removes it.
//! - `.codesite-staging/`: the new and changed files of a build in progress, the next
//!   manifest and the next journal. Removed by the next build, whatever is in it.

use std::ffi::CStr;
use std::io::{Read as _, Write as _};
use std::os::fd::OwnedFd;
use std::path::Path;

use anyhow::{Context as _, Result};
use rustix::fs::{Mode, OFlags, openat};
use rustix::io::Errno;

use crate::diag::Refusal;

/// The manifest's file name, inside the output folder.
pub const MANIFEST: &str = ".codesite-manifest";
/// The journal of an unfinished commit, inside the output folder.
pub const JOURNAL: &str = ".codesite-journal";
/// The staging folder, inside the output folder.
pub const STAGING: &str = ".codesite-staging";
pub(super) const STAGING_C: &CStr = c".codesite-staging";
/// The temporary name under which codesite 0.1 wrote its manifest, removed if left behind.
pub(super) const OLD_MANIFEST_TMP: &CStr = c"..codesite-manifest.codesite-tmp";

/// The journal's first line.
const JOURNAL_HEADER: &str =
    "# codesite journal: a commit of these files began; the next build finishes it\n";
/// The journal's last line: a journal without it was cut short.
const JOURNAL_END: &str = "# end\n";

/// The manifest of a build of `fingerprint` whose files, listed in `paths` one per line,
/// hold `bytes` bytes in all.
pub(super) fn manifest(fingerprint: &str, bytes: u64, paths: &str) -> String {
    let mut text = format!("# codesite {fingerprint} {bytes} bytes\n");
    text.reserve(paths.len());
    text.push_str(paths);
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text
}

/// The fingerprint and the size in bytes a manifest's first line records.
pub(super) fn header(manifest: &str) -> Option<(&str, u64)> {
    let first = manifest.lines().next()?.strip_prefix("# codesite ")?;
    let mut words = first.split(' ');
    let fingerprint = words.next()?;
    let bytes = words.next()?.parse().ok()?;
    (words.next() == Some("bytes")).then_some((fingerprint, bytes))
}

/// The paths a manifest lists.
pub(super) fn paths(manifest: &str) -> impl Iterator<Item = &str> {
    manifest
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The journal of a commit of the files in `paths` (one per line) while `others`, files of
/// earlier builds, are still codesite's.
pub(super) fn journal<'a>(paths: &'a str, others: impl Iterator<Item = &'a str>) -> String {
    let mut text = String::with_capacity(JOURNAL_HEADER.len() + paths.len() + 64);
    text.push_str(JOURNAL_HEADER);
    for p in paths.lines().chain(others) {
        if !p.is_empty() {
            text.push_str(p);
            text.push('\n');
        }
    }
    text.push_str(JOURNAL_END);
    text
}

/// The paths a journal lists. Of a journal cut short (a power loss on a filesystem that
/// does not keep a file's data before its name), the last line may be cut too: it is left out.
pub(super) fn journal_paths(text: &str) -> Vec<&str> {
    let complete = text.ends_with(JOURNAL_END);
    let mut lines: Vec<&str> = paths(text).collect();
    if !complete && !text.ends_with('\n') {
        lines.pop();
    }
    lines
}

/// Reads the file `name` of codesite's inside the folder `dir` (at `shown`, for messages),
/// `None` when there is none. A symbolic link in its place is refused, never followed.
pub(super) fn read(dir: &OwnedFd, name: &str, shown: &Path) -> Result<Option<String>> {
    let flags = OFlags::RDONLY | OFlags::NOFOLLOW | OFlags::CLOEXEC | OFlags::NONBLOCK;
    let fd = match openat(dir, name, flags, Mode::empty()) {
        Ok(fd) => fd,
        Err(Errno::NOENT) => return Ok(None),
        Err(Errno::LOOP | Errno::MLINK) => {
            return Err(Refusal::new(format!(
                "refusing to use `{}`: it is a symbolic link, where codesite keeps its own list of files; remove it",
                shown.join(name).display()
            ))
            .into());
        }
        Err(e) => {
            return Err(std::io::Error::from(e))
                .with_context(|| format!("failed to read `{}`", shown.join(name).display()));
        }
    };
    let mut file = std::fs::File::from(fd);
    if !file.metadata()?.is_file() {
        return Err(Refusal::new(format!(
            "refusing to use `{}`: it is not a file, and codesite keeps its own list of files there; remove it",
            shown.join(name).display()
        ))
        .into());
    }
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes)
        .with_context(|| format!("failed to read `{}`", shown.join(name).display()))?;
    // Not UTF-8: not codesite's writing; what can be read of it is still its list.
    Ok(Some(String::from_utf8_lossy(&bytes).into_owned()))
}

/// Writes `bytes` to a new file `name` in the folder `dir` and makes it durable.
pub(super) fn write_durably(dir: &OwnedFd, name: &str, bytes: &[u8]) -> std::io::Result<()> {
    let flags =
        OFlags::WRONLY | OFlags::CREATE | OFlags::TRUNC | OFlags::NOFOLLOW | OFlags::CLOEXEC;
    let mut file = std::fs::File::from(openat(dir, name, flags, Mode::from_raw_mode(0o666))?);
    file.write_all(bytes)?;
    file.sync_all()
}

/// Removes what interrupted runs of older codesite versions left beside the output folder
/// `out`: the folders `.<name>.codesite-new-<pid>` they built a new output in, when the
/// process `<pid>` is gone. A process still running is left alone.
pub(super) fn remove_old_new_folders(out: &Path) {
    let (Some(parent), Some(name)) = (out.parent(), out.file_name()) else {
        return;
    };
    let prefix = format!(".{}.codesite-new-", name.to_string_lossy());
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    for e in entries.flatten() {
        let file_name = e.file_name();
        let Some(pid) = file_name
            .to_str()
            .and_then(|n| n.strip_prefix(&prefix))
            .and_then(|pid| pid.parse::<i32>().ok())
        else {
            continue;
        };
        let gone = rustix::process::Pid::from_raw(pid)
            .is_some_and(|pid| rustix::process::test_kill_process(pid) == Err(Errno::SRCH));
        if gone {
            // Symbolic links inside are removed, not followed (std's remove_dir_all).
            let _ = std::fs::remove_dir_all(e.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_manifest_records_fingerprint_and_size() {
        let m = manifest("00ff-Files", 1234, "a/index.html\nb.css\n");
        assert_eq!(m, "# codesite 00ff-Files 1234 bytes\na/index.html\nb.css\n");
        assert_eq!(header(&m), Some(("00ff-Files", 1234)));
        assert_eq!(paths(&m).collect::<Vec<_>>(), ["a/index.html", "b.css"]);
        // codesite 0.1's manifests have no size: never up to date, still a list of files.
        let old = "# codesite 00ff-Files\na/index.html\n";
        assert_eq!(header(old), None);
        assert_eq!(paths(old).collect::<Vec<_>>(), ["a/index.html"]);
    }

    #[test]
    fn a_journal_cut_short_loses_only_its_last_line() {
        let j = journal("a/index.html\nb.css\n", ["old.html"].into_iter());
        assert_eq!(journal_paths(&j), ["a/index.html", "b.css", "old.html"]);
        let cut = &j[..j.find("old.h").unwrap() + 5];
        assert_eq!(journal_paths(cut), ["a/index.html", "b.css"]);
        let at_line_end = &j[..j.find("old.html").unwrap()];
        assert_eq!(journal_paths(at_line_end), ["a/index.html", "b.css"]);
    }
}
