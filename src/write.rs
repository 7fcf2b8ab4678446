//! Write: put the rendered files into the output folder.
//!
//! It starts only after every page rendered, so a bad input never touches the output. Each
//! file is written under a temporary name and renamed into place, and a file whose bytes did
//! not change is left alone (its modification time stays, so uploads skip it). codesite keeps
//! a manifest of the files it wrote, and removes only its own files that are no longer
//! produced: anything else in the output folder (a `.git`, a `CNAME`) is never touched.

use std::collections::BTreeSet;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result, bail};
use rayon::prelude::*;

use crate::render::Output;

/// The manifest's file name, inside the output folder.
pub const MANIFEST: &str = ".codesite-manifest";

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

/// Refuses output folders where writing would damage the site's own inputs.
pub fn check_output_dir(root: &Path, out: &Path) -> Result<()> {
    let abs = |p: &Path| -> PathBuf {
        let p = if p.is_absolute() {
            p.to_path_buf()
        } else {
            std::env::current_dir().unwrap_or_default().join(p)
        };
        normalize(&p)
    };
    let root = abs(root);
    let out = abs(out);
    if out.parent().is_none() {
        bail!(
            "refusing to write the site into the filesystem root `{}`; choose an output folder such as public/",
            out.display()
        );
    }
    if root.starts_with(&out) {
        bail!(
            "refusing to write the site into `{}`, which contains the site's own files; choose a folder inside it such as public/",
            out.display()
        );
    }
    for input in ["content", "locales", "templates"] {
        if out.starts_with(root.join(input)) {
            bail!(
                "refusing to write the site into `{}`, inside the site's {input}/ folder; choose another output folder",
                out.display()
            );
        }
    }
    Ok(())
}

/// Resolves `.` and `..` without touching the disk (the folder may not exist yet).
fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

fn read_manifest(out: &Path) -> BTreeSet<PathBuf> {
    fs::read_to_string(out.join(MANIFEST))
        .map(|s| {
            s.lines()
                .filter(|l| !l.is_empty())
                .map(PathBuf::from)
                .collect()
        })
        .unwrap_or_default()
}

/// Writes `bytes` to `path` through a temporary file in the same folder and a rename.
fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let tmp = path.with_file_name(format!(
        ".{}.codesite-tmp",
        path.file_name().and_then(|n| n.to_str()).unwrap_or("file")
    ));
    let mut f =
        fs::File::create(&tmp).with_context(|| format!("failed to write `{}`", tmp.display()))?;
    f.write_all(bytes)
        .with_context(|| format!("failed to write `{}`", tmp.display()))?;
    drop(f);
    fs::rename(&tmp, path)
        .with_context(|| format!("failed to move `{}` into place", path.display()))?;
    Ok(())
}

/// Writes every output file under `out`, skipping unchanged ones, then removes the stale
/// files that codesite itself wrote before.
pub fn write(out: &Path, outputs: &[Output]) -> Result<WriteStats> {
    fs::create_dir_all(out).with_context(|| format!("failed to create `{}`", out.display()))?;
    let old = read_manifest(out);
    // Folders first, once each.
    let dirs: BTreeSet<PathBuf> = outputs
        .iter()
        .filter_map(|o| o.path.parent().map(Path::to_path_buf))
        .collect();
    for d in &dirs {
        let full = out.join(d);
        fs::create_dir_all(&full)
            .with_context(|| format!("failed to create `{}`", full.display()))?;
    }
    let results: Vec<Result<bool>> = outputs
        .par_iter()
        .map(|o| {
            let full = out.join(&o.path);
            if let Ok(existing) = fs::read(&full) {
                if existing == o.bytes {
                    return Ok(false);
                }
            }
            write_atomic(&full, &o.bytes)?;
            Ok(true)
        })
        .collect();
    let mut stats = WriteStats::default();
    for r in results {
        if r? {
            stats.written += 1;
        } else {
            stats.unchanged += 1;
        }
    }
    stats.bytes = outputs.iter().map(|o| o.bytes.len() as u64).sum();
    let new: BTreeSet<PathBuf> = outputs.iter().map(|o| o.path.clone()).collect();
    for stale in old.difference(&new) {
        // The manifest is ours, but check each entry anyway: never leave the output folder.
        if stale.is_absolute()
            || stale
                .components()
                .any(|c| !matches!(c, std::path::Component::Normal(_)))
        {
            continue;
        }
        let full = out.join(stale);
        if full.is_file() {
            fs::remove_file(&full)
                .with_context(|| format!("failed to remove stale `{}`", full.display()))?;
            stats.removed += 1;
            // Remove folders left empty, up to the output folder.
            let mut dir = full.parent();
            while let Some(d) = dir {
                if d == out || fs::remove_dir(d).is_err() {
                    break;
                }
                dir = d.parent();
            }
        }
    }
    let mut manifest = String::new();
    for p in &new {
        manifest.push_str(&p.to_string_lossy());
        manifest.push('\n');
    }
    let mpath = out.join(MANIFEST);
    if fs::read_to_string(&mpath).ok().as_deref() != Some(manifest.as_str()) {
        write_atomic(&mpath, manifest.as_bytes())?;
    }
    Ok(stats)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dangerous_output_folders_are_refused() {
        let root = Path::new("/srv/site");
        assert!(check_output_dir(root, Path::new("/")).is_err());
        assert!(check_output_dir(root, Path::new("/srv/site")).is_err());
        assert!(check_output_dir(root, Path::new("/srv")).is_err());
        assert!(check_output_dir(root, Path::new("/srv/site/content")).is_err());
        assert!(check_output_dir(root, Path::new("/srv/site/locales/en")).is_err());
        assert!(check_output_dir(root, Path::new("/srv/site/public/../templates")).is_err());
        assert!(check_output_dir(root, Path::new("/srv/site/public")).is_ok());
        assert!(check_output_dir(root, Path::new("/tmp/out")).is_ok());
    }
}
