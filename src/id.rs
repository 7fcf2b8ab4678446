//! Typed indices: which locale, catalog, code or Markdown page a value is about. They travel
//! from the plan through rendering to the link check, where a bare `usize` would let a
//! locale be mistaken for a code.

macro_rules! index {
    ($(#[$doc:meta] $name:ident),* $(,)?) => {$(
        #[$doc]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub u32);

        impl $name {
            /// The position in its list.
            pub fn index(self) -> usize {
                self.0 as usize
            }

            /// Every index of a list of `len` items, in order.
            pub fn all(len: usize) -> impl DoubleEndedIterator<Item = $name> + Clone {
                (0..len as u32).map($name)
            }
        }
    )*};
}

index! {
    /// A locale, in the order of site.toml.
    LocaleId,
    /// A catalog, in the order of its folder names.
    CatalogId,
    /// A code of a catalog, in the catalog's order of codes.
    CodeId,
    /// A Markdown page (`content/pages/<slug>/`), in the order of its folder names.
    ProseId,
}

/// One code of one catalog.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CodeRef {
    /// Its catalog.
    pub catalog: CatalogId,
    /// The code.
    pub code: CodeId,
}
