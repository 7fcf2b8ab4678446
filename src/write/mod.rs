//! Write: put the rendered files into the output folder, safely.
//!
//! Pages arrive one by one while others still render, so nothing waits for the whole site in
//! memory. Nothing in the output folder changes until every page has rendered and every link
//! is checked; a build that fails before its commit leaves the folder exactly as it was.
//!
//! - **One build at a time.** A build locks its output folder before it
//!   writes anything and holds it to the end of its commit; a second build into the same
//!   folder waits up to 10 s, saying so, then refuses.
//! - **Staged, then committed.** New and changed files are written into `.codesite-staging`
//!   inside the output folder; a file whose bytes did not change is not touched (its
//!   modification time stays, so uploads and rsync skip it). The commit moves them into place:
//!   a folder the output does not have yet moves whole, in one rename, so a first build into
//!   a new or empty folder is a handful of renames, whatever the site's size. The output
//!   folder itself is never replaced: a mount point, a volume or a folder reached through a
//!   symbolic link is written into in place.
//! - **Never through a symbolic link.** The output folder is resolved first, and refused when
//!   it is (or leads to) a system folder or the site's own ([`check_output_dir`]). Inside it,
//!   every file is named relative to a folder held open, one name at a time, never following
//!   a link: a link where codesite writes a folder or a file is refused by name.
//! - **Only its own files.** A manifest lists the files codesite wrote. It removes only its
//!   own files that are no longer produced, and refuses to overwrite a file it did not write:
//!   anything else in the output folder (a `.git`, a `CNAME`, a file of your own) is never
//!   touched.
//! - **A stopped commit is finished by the next build.** Before the first file moves, the
//!   commit writes a journal listing every file that is codesite's while it runs, and makes
//!   it durable. After a kill, a power loss or a full disk at any point, the next build
//!   takes every file the journal or the manifest lists as its own, writes what differs and
//!   removes what is stale: the output becomes that build's site, with nothing left over. The
//!   shortcut for unchanged input never applies while a journal is there. See [`journal`].
//!
//! Two hooks for tests: `CODESITE_FAIL_AFTER=n` fails as a full disk would after n files are
//! staged; `CODESITE_COMMIT_PAUSE_MS=n` waits n ms before each change a commit makes, so that
//! a test can stop it at many points.

#[cfg(not(unix))]
compile_error!(
    "codesite writes its output through folders held open (openat, flock): Unix systems only"
);

mod check;
pub mod journal;
mod lock;
mod tree;

use std::collections::HashSet;
use std::io::{Read as _, Write as _};
use std::os::fd::OwnedFd;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

use anyhow::{Context as _, Result, anyhow, bail};
use rayon::prelude::*;
use rustix::fs::{AtFlags, FileType, Mode, OFlags, fsync, openat, renameat, statat, unlinkat};
use rustix::io::Errno;

use crate::diag::Refusal;
pub use check::{check_output_dir, resolve_output};
pub use journal::{JOURNAL, MANIFEST, STAGING};
use tree::{Blocked, Tree};

/// What a write did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WriteStats {
    /// Files created or changed.
    pub written: usize,
    /// Files whose bytes were already right.
    pub unchanged: usize,
    /// Stale files of an earlier build removed.
    pub removed: usize,
    /// Bytes of all output files.
    pub bytes: u64,
}

/// A path from a manifest or a renderer that stays inside the output folder.
fn is_inside(path: &str) -> bool {
    !path.is_empty()
        && path
            .split('/')
            .all(|c| !c.is_empty() && c != "." && c != ".." && !c.contains('\0'))
}

/// Names at the top of the output folder that are codesite's own bookkeeping.
fn is_reserved(path: &str) -> bool {
    path.starts_with(".codesite-")
}

/// Receives the rendered files of one build; nothing in the output changes until
/// [`Writer::commit`], and dropping it without a commit removes what it staged.
pub struct Writer {
    /// The output folder, resolved.
    out: PathBuf,
    /// The output folder, held open.
    output: Tree,
    /// This build made the output folder: it goes again if nothing is committed.
    created: bool,
    /// The output folder held nothing: there is no file to compare with.
    fresh: bool,
    /// The files that are codesite's: those the manifest lists, and those an unfinished
    /// commit's journal lists.
    owned: HashSet<String>,
    /// The manifest as found.
    manifest: Option<String>,
    /// A journal was found: a commit was stopped, and the output may be half old, half new.
    interrupted: bool,
    /// The staging folder, made when the first file is staged.
    staging: OnceLock<Tree>,
    making_staging: Mutex<()>,
    written: AtomicUsize,
    unchanged: AtomicUsize,
    bytes: AtomicU64,
    fingerprint: String,
    /// Test hook: fail as a full disk would after this many files (`CODESITE_FAIL_AFTER`).
    fail_after: Option<usize>,
    /// Test hook: wait before each change of the commit (`CODESITE_COMMIT_PAUSE_MS`).
    pause: Option<Duration>,
    done: bool,
    /// The folder's lock, held until the writer is dropped (last, after everything else of
    /// the writer).
    _lock: lock::Lock,
}

impl Writer {
    /// Prepares to write into `out` the output of a build whose input has `fingerprint`:
    /// makes the folder if missing, locks it (waiting for another build, within bounds),
    /// removes what an interrupted build left, and reads which files are codesite's.
    pub fn begin(out: &Path, fingerprint: &str) -> Result<Writer> {
        let (lock, created) = lock::acquire(out)?;
        let out = lock.path().to_path_buf();
        let dir: OwnedFd = lock
            .dir()
            .try_clone_to_owned()
            .with_context(|| format!("failed to open `{}`", out.display()))?;
        // What an interrupted build left: its staging folder (whatever is in it), the
        // temporary manifest of codesite 0.1, new folders of older versions beside the output.
        tree::remove_tree(&dir, journal::STAGING_C)
            .with_context(|| format!("failed to remove `{}`", out.join(STAGING).display()))?;
        let _ = unlinkat(&dir, journal::OLD_MANIFEST_TMP, AtFlags::empty());
        journal::remove_old_new_folders(&out);

        let manifest = journal::read(&dir, MANIFEST, &out)?;
        let journal = journal::read(&dir, JOURNAL, &out)?;
        let mut owned: HashSet<String> = HashSet::new();
        if let Some(m) = &manifest {
            owned.extend(journal::paths(m).map(str::to_owned));
        }
        if let Some(j) = &journal {
            owned.extend(journal::journal_paths(j).into_iter().map(str::to_owned));
        }
        let fresh = created
            || tree::entries(&dir)
                .with_context(|| format!("failed to read `{}`", out.display()))?
                .is_empty();
        Ok(Writer {
            out,
            output: Tree::new(dir),
            created,
            fresh,
            owned,
            manifest,
            interrupted: journal.is_some(),
            staging: OnceLock::new(),
            making_staging: Mutex::new(()),
            written: AtomicUsize::new(0),
            unchanged: AtomicUsize::new(0),
            bytes: AtomicU64::new(0),
            fingerprint: fingerprint.to_owned(),
            fail_after: std::env::var("CODESITE_FAIL_AFTER")
                .ok()
                .and_then(|v| v.parse().ok()),
            pause: std::env::var("CODESITE_COMMIT_PAUSE_MS")
                .ok()
                .and_then(|v| v.parse().ok())
                .map(Duration::from_millis),
            done: false,
            _lock: lock,
        })
    }

    /// The output folder, with every symbolic link on its way resolved.
    pub fn path(&self) -> &Path {
        &self.out
    }

    /// When the output folder holds exactly what this build would write, untouched since:
    /// no commit was stopped, the manifest names this build's fingerprint, and every file it
    /// lists is still there, not modified after the manifest was written, their sizes adding
    /// up to what the manifest records. Then the build has nothing to do; this is what it
    /// would have found, without rendering a page.
    pub fn up_to_date(&self) -> Option<WriteStats> {
        if self.interrupted {
            return None;
        }
        let text = self.manifest.as_deref()?;
        let (fingerprint, bytes) = journal::header(text)?;
        if fingerprint != self.fingerprint {
            return None;
        }
        let at = statat(self.output.root(), MANIFEST, AtFlags::SYMLINK_NOFOLLOW).ok()?;
        let written_at = mtime(&at);
        let paths: Vec<&str> = journal::paths(text).collect();
        let sizes: Option<Vec<u64>> = paths
            .par_iter()
            .map(|p| {
                let st = self.output.stat(p)?;
                let fresh = tree::is(&st, FileType::RegularFile) && mtime(&st) <= written_at;
                fresh.then_some(st.st_size as u64)
            })
            .collect();
        let sizes = sizes?;
        let total: u64 = sizes.iter().sum();
        (total == bytes).then_some(WriteStats {
            written: 0,
            unchanged: sizes.len(),
            removed: 0,
            bytes: total,
        })
    }

    /// Takes one file, `path` below the output folder with `/` separators: true when it is
    /// new or changed, false when the output already has these bytes. Safe to call from many
    /// threads at once.
    pub fn put(&self, path: &str, bytes: &[u8]) -> Result<bool> {
        if !is_inside(path) {
            bail!("refusing to write `{path}`, which is not a plain path inside the output folder");
        }
        if is_reserved(path) {
            bail!(
                "refusing to write `{path}`: names beginning with `.codesite-` are codesite's own"
            );
        }
        self.bytes.fetch_add(bytes.len() as u64, Ordering::Relaxed);
        if !self.fresh && self.already_there(path, bytes)? {
            self.unchanged.fetch_add(1, Ordering::Relaxed);
            return Ok(false);
        }
        let shown = || self.out.join(STAGING).join(path);
        if self
            .fail_after
            .is_some_and(|n| self.written.load(Ordering::Relaxed) >= n)
        {
            return Err(std::io::Error::new(
                std::io::ErrorKind::StorageFull,
                "no space left on device (CODESITE_FAIL_AFTER)",
            ))
            .with_context(|| format!("failed to write `{}`", shown().display()));
        }
        self.staging()
            .and_then(|s| s.create_file(path))
            .and_then(|mut f| f.write_all(bytes))
            .with_context(|| format!("failed to write `{}`", shown().display()))?;
        self.written.fetch_add(1, Ordering::Relaxed);
        Ok(true)
    }

    /// Whether the output already holds `bytes` at `path`. Refuses when what stands there, or
    /// on the way there, is a symbolic link, or is not codesite's to replace.
    fn already_there(&self, path: &str, bytes: &[u8]) -> Result<bool> {
        let (dir, name) = match self.output.parent_of(path, false) {
            Ok(found) => found,
            Err(Blocked::Missing) => return Ok(false),
            Err(Blocked::Symlink(at)) => return Err(self.link_refused(path, &at)),
            // A file of an earlier build where this one needs a folder: removed at the commit.
            Err(Blocked::NotDir(at)) if self.owned.contains(&at) => return Ok(false),
            Err(Blocked::NotDir(at)) => {
                return Err(Refusal::new(format!(
                    "refusing to write `{}`: `{}` is a file codesite did not write, where the site needs a folder; move it out of the output folder or choose another one",
                    self.out.join(path).display(),
                    self.out.join(at).display()
                ))
                .into());
            }
            Err(Blocked::Io(at, e)) => {
                return Err(e)
                    .with_context(|| format!("failed to read `{}`", self.out.join(at).display()));
            }
        };
        let current = self.out.join(path);
        let flags = OFlags::RDONLY | OFlags::NOFOLLOW | OFlags::CLOEXEC | OFlags::NONBLOCK;
        let mut file = match openat(&*dir, name, flags, Mode::empty()) {
            Ok(fd) => std::fs::File::from(fd),
            Err(Errno::NOENT) => return Ok(false),
            Err(Errno::LOOP | Errno::MLINK) => return Err(self.link_refused(path, path)),
            Err(e) => {
                return Err(std::io::Error::from(e))
                    .with_context(|| format!("failed to read `{}`", current.display()));
            }
        };
        let meta = file
            .metadata()
            .with_context(|| format!("failed to read `{}`", current.display()))?;
        if meta.is_file() && meta.len() == bytes.len() as u64 {
            let mut old = Vec::with_capacity(bytes.len());
            file.read_to_end(&mut old)
                .with_context(|| format!("failed to read `{}`", current.display()))?;
            if old == bytes {
                return Ok(true);
            }
        }
        if meta.is_dir() {
            return Err(Refusal::new(format!(
                "refusing to write `{}`: a folder is there, where the site has a file; move it out of the output folder or choose another one",
                current.display()
            ))
            .into());
        }
        if !self.owned.contains(path) {
            return Err(Refusal::new(format!(
                "refusing to overwrite `{}`, which codesite did not write; move it out of the output folder or choose another one",
                current.display()
            ))
            .into());
        }
        Ok(false)
    }

    /// The refusal of a symbolic link at `at` on the way to `path`.
    fn link_refused(&self, path: &str, at: &str) -> anyhow::Error {
        let what = if at == path {
            "where the site has a file"
        } else {
            "where the site has a folder"
        };
        Refusal::new(format!(
            "refusing to write `{}`: `{}` is a symbolic link, {what}; codesite never writes through links in its output folder: remove it or choose another output folder",
            self.out.join(path).display(),
            self.out.join(at).display()
        ))
        .into()
    }

    /// The staging folder, made on first use.
    fn staging(&self) -> std::io::Result<&Tree> {
        if let Some(t) = self.staging.get() {
            return Ok(t);
        }
        let _one = self
            .making_staging
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        if let Some(t) = self.staging.get() {
            return Ok(t);
        }
        let fd =
            tree::open_dir(self.output.root(), STAGING, STAGING, true).map_err(Blocked::into_io)?;
        Ok(self.staging.get_or_init(|| Tree::new(fd)))
    }

    /// Test hook: a pause before each change a commit makes.
    fn step(&self) {
        if let Some(p) = self.pause {
            std::thread::sleep(p);
        }
    }

    /// Makes the build visible: writes the journal, removes the files of earlier builds that
    /// are no longer produced, moves the new and changed files into place, and puts the new
    /// manifest of `paths` in place (every file this build produced, one per line; every
    /// file given to [`Writer::put`] must be listed), then removes the journal.
    pub fn commit(mut self, paths: &str) -> Result<WriteStats> {
        let new: HashSet<&str> = paths.lines().filter(|l| !l.is_empty()).collect();
        let bytes = self.bytes.load(Ordering::Relaxed);
        let manifest = journal::manifest(&self.fingerprint, bytes, paths);
        let mut stats = WriteStats {
            written: self.written.load(Ordering::Relaxed),
            unchanged: self.unchanged.load(Ordering::Relaxed),
            removed: 0,
            bytes,
        };
        if self.staging.get().is_none()
            && !self.interrupted
            && self.manifest.as_deref() == Some(manifest.as_str())
        {
            // Nothing changed, not even the manifest: nothing is touched.
            self.done = true;
            return Ok(stats);
        }
        let out = self.out.clone();
        let shown = |name: &str| out.join(name).display().to_string();
        let stale: Vec<&str> = self
            .owned
            .iter()
            .map(String::as_str)
            .filter(|p| !new.contains(p) && is_inside(p) && !is_reserved(p))
            .collect();
        let staging = self
            .staging()
            .with_context(|| format!("failed to create `{}`", shown(STAGING)))?;
        let (o, s) = (self.output.root(), staging.root());

        // 1. The next manifest and the journal, durable before anything moves.
        let journal_text = journal::journal(paths, stale.iter().copied());
        for (name, text) in [(MANIFEST, &manifest), (JOURNAL, &journal_text)] {
            journal::write_durably(s, name, text.as_bytes()).with_context(|| {
                format!(
                    "failed to write `{}`",
                    out.join(STAGING).join(name).display()
                )
            })?;
        }
        self.step();
        renameat(s, JOURNAL, o, JOURNAL)
            .and_then(|()| fsync(o))
            .map_err(std::io::Error::from)
            .with_context(|| format!("failed to write `{}`", shown(JOURNAL)))?;

        // 2. Stale files out, then new and changed ones in (the folders they need may be
        // where stale files were).
        let removed = AtomicUsize::new(0);
        stale.par_iter().try_for_each(|p| -> Result<()> {
            self.step();
            if tree::remove_file_and_empty_folders(o, p)
                .with_context(|| format!("failed to remove stale `{}`", shown(p)))?
            {
                removed.fetch_add(1, Ordering::Relaxed);
            }
            Ok(())
        })?;
        stats.removed = removed.into_inner();
        self.move_in(s, o, "")?;

        // 3. The new manifest in place, durable, then the journal out.
        self.step();
        renameat(s, MANIFEST, o, MANIFEST)
            .and_then(|()| fsync(o))
            .map_err(std::io::Error::from)
            .with_context(|| format!("failed to write `{}`", shown(MANIFEST)))?;
        self.step();
        unlinkat(o, JOURNAL, AtFlags::empty())
            .map_err(std::io::Error::from)
            .with_context(|| format!("failed to remove `{}`", shown(JOURNAL)))?;
        let _ = tree::remove_tree(o, journal::STAGING_C);
        self.done = true;
        Ok(stats)
    }

    /// Moves what is staged in the folder `from` into the output's folder `to` (`rel` below
    /// the output): what the output does not have moves whole, in one rename; a folder both
    /// have is entered; a staged file replaces the output's. A folder's entries move in
    /// parallel.
    fn move_in(&self, from: &OwnedFd, to: &OwnedFd, rel: &str) -> Result<()> {
        let shown = |child: &str| self.out.join(child).display().to_string();
        let entries =
            tree::entries(from).with_context(|| format!("failed to read `{}`", shown(STAGING)))?;
        entries
            .par_iter()
            .try_for_each(|(name, kind)| -> Result<()> {
                // Staged names are codesite's paths: UTF-8.
                let text = name.to_str().context("a staged name that is not UTF-8")?;
                if rel.is_empty() && is_reserved(text) {
                    return Ok(());
                }
                let child = if rel.is_empty() {
                    text.to_owned()
                } else {
                    format!("{rel}/{text}")
                };
                let there = match statat(to, name.as_c_str(), AtFlags::SYMLINK_NOFOLLOW) {
                    Ok(st) => Some(FileType::from_raw_mode(st.st_mode)),
                    Err(Errno::NOENT) => None,
                    Err(e) => {
                        return Err(std::io::Error::from(e))
                            .with_context(|| format!("failed to read `{}`", shown(&child)));
                    }
                };
                let staged_dir = *kind == FileType::Directory;
                match there {
                    Some(FileType::Symlink) => Err(self.link_refused(&child, &child)),
                    Some(FileType::Directory) if staged_dir => {
                        let open = |dir: &OwnedFd| {
                            tree::open_dir(dir, text, &child, false).map_err(|b| match b {
                                Blocked::Symlink(_) => self.link_refused(&child, &child),
                                b => anyhow!(b.into_io())
                                    .context(format!("failed to open `{}`", shown(&child))),
                            })
                        };
                        self.move_in(&open(from)?, &open(to)?, &child)
                    }
                    Some(FileType::Directory) => Err(anyhow!(
                        "failed to move `{}` into place: a folder is in the way",
                        shown(&child)
                    )),
                    Some(_) if staged_dir => Err(anyhow!(
                        "failed to move `{}` into place: a file is in the way",
                        shown(&child)
                    )),
                    _ => {
                        self.step();
                        renameat(from, name.as_c_str(), to, name.as_c_str())
                            .map_err(std::io::Error::from)
                            .with_context(|| {
                                format!("failed to move `{}` into place", shown(&child))
                            })
                    }
                }
            })
    }
}

/// A file's modification time, comparable.
fn mtime(st: &rustix::fs::Stat) -> (i128, i128) {
    (st.st_mtime as i128, st.st_mtime_nsec as i128)
}

impl Drop for Writer {
    /// Without a commit, nothing of this build stays: its staging folder goes, and so does
    /// the output folder if this build made it and it is still empty.
    fn drop(&mut self) {
        if !self.done {
            let _ = tree::remove_tree(self.output.root(), journal::STAGING_C);
            if self.created {
                let _ = std::fs::remove_dir(&self.out);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_paths_inside_are_written() {
        assert!(is_inside("en/smtp/index.html"));
        assert!(!is_inside("../x"));
        assert!(!is_inside("/etc/passwd"));
        assert!(!is_inside("en/./x"));
        assert!(!is_inside("en//x"));
        assert!(!is_inside(""));
        assert!(is_reserved(".codesite-manifest"));
        assert!(!is_reserved("en/.codesite-manifest"));
    }
}
