//! Which output folders codesite refuses, judged by where they really are: every symbolic
//! link on the way is followed first.

use std::ffi::OsString;
use std::fs;
use std::path::{Component, Path, PathBuf};

use anyhow::{Context as _, Result};

use crate::diag::Refusal;

/// Where `path` really is: absolute, with every symbolic link resolved. The longest part of
/// it that exists is resolved by the system; the rest, which does not exist yet and so holds
/// no link, is appended with its `.` and `..` applied.
pub fn resolve_output(path: &Path) -> Result<PathBuf> {
    let abs = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir()
            .context("failed to read the current folder")?
            .join(path)
    };
    let mut head = abs.clone();
    let mut tail: Vec<OsString> = Vec::new();
    loop {
        match fs::canonicalize(&head) {
            Ok(mut real) => {
                for c in tail.iter().rev() {
                    match c.to_str() {
                        Some("..") => {
                            real.pop();
                        }
                        Some(".") => {}
                        _ => real.push(c),
                    }
                }
                return Ok(real);
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                if fs::symlink_metadata(&head).is_ok() {
                    return Err(Refusal::new(format!(
                        "refusing to write into `{}`: `{}` is a symbolic link to a folder that does not exist",
                        path.display(),
                        head.display()
                    ))
                    .into());
                }
                let Some(last) = head.components().next_back() else {
                    return Ok(abs);
                };
                tail.push(match last {
                    Component::Normal(n) => n.to_os_string(),
                    Component::ParentDir => "..".into(),
                    Component::CurDir => ".".into(),
                    Component::RootDir | Component::Prefix(_) => return Ok(abs),
                });
                if !head.pop() {
                    return Ok(abs);
                }
            }
            Err(e) => {
                return Err(e).with_context(|| format!("failed to read `{}`", head.display()));
            }
        }
    }
}

/// The folders no site is written into, as given and where their links lead: the system's
/// own, the folder that holds every user's home folder, and the user's home folder.
fn system_folders() -> Vec<PathBuf> {
    let mut named: Vec<PathBuf> = [
        "/", "/etc", "/usr", "/bin", "/sbin", "/boot", "/dev", "/proc", "/sys", "/var", "/root",
        "/home", "/Users",
    ]
    .iter()
    .map(PathBuf::from)
    .collect();
    // /lib, /lib32, /lib64, /libx32 and the like.
    for e in fs::read_dir("/").into_iter().flatten().flatten() {
        if e.file_name().to_string_lossy().starts_with("lib") {
            named.push(e.path());
        }
    }
    if let Some(home) = std::env::var_os("HOME").filter(|h| !h.is_empty()) {
        named.push(PathBuf::from(home));
    }
    let mut all = named.clone();
    all.extend(named.iter().filter_map(|p| fs::canonicalize(p).ok()));
    all
}

/// Refuses output folders where writing would damage the system or the site's own inputs,
/// wherever symbolic links lead: a system folder (`/`, `/etc`, `/usr`, `/var`, ...) or the
/// user's home folder itself, anything inside `/proc` or `/sys`, the site's root or a folder
/// above it, and the site's content/, locales/ and templates/ folders or anything inside them.
pub fn check_output_dir(root: &Path, out: &Path) -> Result<()> {
    let real = resolve_output(out)?;
    let root = resolve_output(root)?;
    let shown = if real == out {
        format!("`{}`", out.display())
    } else {
        format!("`{}` (which is `{}`)", out.display(), real.display())
    };
    let refuse = |why: String| -> Result<()> { Err(Refusal::new(why).into()) };
    if real.parent().is_none() {
        return refuse(format!(
            "refusing to write the site into the filesystem root {shown}; choose an output folder such as public/"
        ));
    }
    if system_folders().contains(&real) || real.starts_with("/proc") || real.starts_with("/sys") {
        return refuse(format!(
            "refusing to write the site into {shown}, a folder of the system or your home folder; choose an output folder such as public/"
        ));
    }
    if root.starts_with(&real) {
        return refuse(format!(
            "refusing to write the site into {shown}, which contains the site's own files; choose a folder inside it such as public/"
        ));
    }
    for input in ["content", "locales", "templates"] {
        let folder = root.join(input);
        let leads_to = fs::canonicalize(&folder).unwrap_or_else(|_| folder.clone());
        if real.starts_with(&folder) || real.starts_with(&leads_to) {
            return refuse(format!(
                "refusing to write the site into {shown}, inside the site's {input}/ folder; choose another output folder"
            ));
        }
    }
    Ok(())
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
        for system in ["/etc", "/usr", "/var", "/proc/self", "/sys/kernel", "/root"] {
            assert!(
                check_output_dir(root, Path::new(system)).is_err(),
                "{system}"
            );
        }
        assert!(check_output_dir(root, Path::new("/var/www/site")).is_ok());
        assert!(check_output_dir(root, Path::new("/etc/../srv")).is_err());
    }

    #[test]
    fn links_are_followed_before_judging() {
        let tmp = tempfile::tempdir().unwrap();
        let site = tmp.path().join("site");
        fs::create_dir_all(site.join("content")).unwrap();
        let link = |name: &str, to: &Path| {
            let p = tmp.path().join(name);
            std::os::unix::fs::symlink(to, &p).unwrap();
            p
        };
        let to_root = link("to-root", &site);
        let to_content = link("to-content", &site.join("content"));
        let to_etc = link("to-etc", Path::new("/etc"));
        let to_empty = link("to-empty", &tmp.path().join("empty"));
        assert!(check_output_dir(&site, &to_root).is_err());
        assert!(check_output_dir(&site, &to_content).is_err());
        assert!(check_output_dir(&site, &to_content.join("new/deeper")).is_err());
        assert!(check_output_dir(&site, &to_etc).is_err());
        // A link to a folder that does not exist yet: refused, with what it is.
        let e = check_output_dir(&site, &to_empty).unwrap_err().to_string();
        assert!(
            e.contains("symbolic link to a folder that does not exist"),
            "{e}"
        );
        fs::create_dir(tmp.path().join("empty")).unwrap();
        assert!(check_output_dir(&site, &to_empty).is_ok());
        assert_eq!(
            resolve_output(&to_empty.join("a/../b")).unwrap(),
            fs::canonicalize(tmp.path()).unwrap().join("empty/b")
        );
        // The site's root given through a link is resolved too.
        assert!(check_output_dir(&to_root, &site.join("content/x")).is_err());
        assert!(check_output_dir(&to_root, &site.join("public")).is_ok());
    }
}
