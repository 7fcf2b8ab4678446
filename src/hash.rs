//! FNV-1a: small, fast and the same on every run, for the path keys of the link check and the
//! shapes of pages.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};

/// An FNV-1a hasher.
#[derive(Debug, Clone, Copy)]
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// The FNV-1a hash of `bytes`.
pub fn fnv(bytes: &[u8]) -> u64 {
    let mut h = Fnv::default();
    h.write(bytes);
    h.finish()
}

/// A set of keys that are hashes already: the set uses them as they are.
pub type KeySet = HashSet<u64, BuildHasherDefault<AsIs>>;

/// A hasher for keys that are hashes already.
#[derive(Debug, Default, Clone, Copy)]
pub struct AsIs(u64);

impl Hasher for AsIs {
    fn write(&mut self, bytes: &[u8]) {
        // Only u64 keys are expected; anything else is still hashed, if poorly.
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv_matches_its_published_test_vectors() {
        assert_eq!(fnv(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv(b"foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn a_key_set_finds_what_it_holds() {
        let set: KeySet = ["en/index.html", "tr/index.html"]
            .iter()
            .map(|p| fnv(p.as_bytes()))
            .collect();
        assert!(set.contains(&fnv(b"en/index.html")));
        assert!(!set.contains(&fnv(b"vi/index.html")));
    }
}
