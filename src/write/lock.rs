//! One build at a time per output folder.
//!
//! The lock is an advisory `flock` (taken through fs4) on the output folder itself, held
//! open: no lock file is left in or beside the output. The system drops it when the process
//! ends, however it ends, so a killed build never leaves a folder locked. A second build into
//! the folder, from this process or another, waits for it within bounds, then refuses.

use std::fs::File;
use std::os::fd::{AsFd, BorrowedFd};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{Context as _, Result};
use fs4::FileExt;
use fs4::TryLockError;
use rustix::fs::{AtFlags, Mode, fstat, openat, statat};
use rustix::io::Errno;

use super::check::resolve_output;
use super::tree::DIR;
use crate::diag::Refusal;

/// How long a build waits for another one writing into the same folder before it refuses:
/// 10 s, or `CODESITE_LOCK_WAIT` seconds.
fn patience() -> Duration {
    std::env::var("CODESITE_LOCK_WAIT")
        .ok()
        .and_then(|s| s.parse::<f64>().ok())
        .filter(|s| s.is_finite() && *s >= 0.0)
        .map_or(Duration::from_secs(10), Duration::from_secs_f64)
}

/// A held lock on an output folder: while it lives, no other build writes into the folder.
/// It is released when dropped.
#[derive(Debug)]
pub(super) struct Lock {
    /// The folder, resolved.
    path: PathBuf,
    /// The folder, open and locked.
    dir: File,
}

impl Lock {
    /// The folder, with every symbolic link resolved.
    pub(super) fn path(&self) -> &Path {
        &self.path
    }

    /// The folder, held open.
    pub(super) fn dir(&self) -> BorrowedFd<'_> {
        self.dir.as_fd()
    }
}

fn busy(path: &Path, waited: Duration) -> anyhow::Error {
    Refusal::new(format!(
        "refusing to write into `{}`: another codesite build is writing into it (waited {:.0} s); try again when it has finished",
        path.display(),
        waited.as_secs_f64()
    ))
    .into()
}

/// Makes the folder `path` if missing: true when this call made it.
fn make(path: &Path) -> Result<bool> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("failed to create `{}`", parent.display()))?;
    }
    match std::fs::create_dir(path) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(false),
        Err(e) => Err(e).with_context(|| format!("failed to create `{}`", path.display())),
    }
}

/// Locks `out` (made if missing, symbolic links followed), waiting up to [`patience`] for
/// another build; also says whether this call made the folder.
pub(super) fn acquire(out: &Path) -> Result<(Lock, bool)> {
    acquire_within(out, patience())
}

fn acquire_within(out: &Path, wait: Duration) -> Result<(Lock, bool)> {
    let path = resolve_output(out)?;
    let deadline = Instant::now() + wait;
    let mut told = false;
    let mut made = false;
    loop {
        made |= make(&path)?;
        let dir = match openat(rustix::fs::CWD, &path, DIR, Mode::empty()) {
            Ok(fd) => fd,
            Err(Errno::NOTDIR) => {
                return Err(Refusal::new(format!(
                    "refusing to write into `{}`: it is a file, not a folder",
                    path.display()
                ))
                .into());
            }
            // Removed since it was made: make it again.
            Err(Errno::NOENT) if Instant::now() < deadline => continue,
            Err(e) => {
                return Err(std::io::Error::from(e))
                    .with_context(|| format!("failed to open `{}`", path.display()));
            }
        };
        let st = fstat(&dir)?;
        let id = (st.st_dev, st.st_ino);
        let dir = File::from(dir);
        loop {
            match FileExt::try_lock(&dir) {
                Ok(()) => break,
                Err(TryLockError::WouldBlock) => {
                    if Instant::now() >= deadline {
                        return Err(busy(&path, wait));
                    }
                    if !told {
                        eprintln!(
                            "codesite: another build is writing into `{}`; waiting for it (up to {:.0} s)",
                            path.display(),
                            wait.as_secs_f64()
                        );
                        told = true;
                    }
                    std::thread::sleep(Duration::from_millis(50));
                }
                Err(TryLockError::Error(e)) if e.kind() == std::io::ErrorKind::Interrupted => {}
                // A filesystem that cannot lock a folder (NFS): go on without, and say so.
                Err(TryLockError::Error(e))
                    if e.raw_os_error().is_some_and(|n| {
                        [Errno::BADF, Errno::NOLCK, Errno::OPNOTSUPP, Errno::INVAL]
                            .contains(&Errno::from_raw_os_error(n))
                    }) =>
                {
                    eprintln!(
                        "codesite: warning: cannot lock `{}` ({e}); make sure no other build writes into it meanwhile",
                        path.display()
                    );
                    break;
                }
                Err(TryLockError::Error(e)) => {
                    return Err(e).with_context(|| format!("failed to lock `{}`", path.display()));
                }
            }
        }
        // The folder may have been removed or replaced while this waited: lock the one there.
        match statat(rustix::fs::CWD, &path, AtFlags::SYMLINK_NOFOLLOW) {
            Ok(now) if (now.st_dev, now.st_ino) == id => {}
            _ => continue,
        }
        return Ok((Lock { path, dir }, made));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_waits_then_refuses_and_gets_the_folder_once_it_is_free() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("out");
        let (first, made) = acquire_within(&out, Duration::ZERO).unwrap();
        assert!(made && out.is_dir());
        let wait = Duration::from_millis(200);
        let start = Instant::now();
        let refused = acquire_within(&out, wait).unwrap_err();
        assert!(start.elapsed() >= wait);
        assert!(refused.downcast_ref::<Refusal>().is_some(), "{refused:#}");
        assert!(format!("{refused:#}").contains("another codesite build"));
        drop(first);
        let (_second, made) = acquire_within(&out, wait).unwrap();
        assert!(!made);
    }
}
