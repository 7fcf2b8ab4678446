//! The comparison of two codes (`pair.html`).
//!
//! For each fact the catalog compares, the page says one thing, from that fact's messages:
//! how the two codes differ (`<fact>-differ`), that they share the value (`<fact>-same`), or
//! that it applies to one of them only (`<fact>-only`). Differences and what the codes have
//! in common are listed apart, so nothing they share is dressed as a difference, and a fact
//! that applies to neither is not mentioned. Templates also get every compared fact as data
//! (both values, whether they differ) to draw a table of their own.

use serde::Serialize;
use tera::Value;

use super::shared::CodeShared;
use super::{Common, Cx, Html, common};
use crate::diag::Diagnostic;
use crate::i18n::{Arg, Rich};
use crate::id::{CatalogId, CodeId, LocaleId};
use crate::load::catalog::Catalog;
use crate::plan::{Page, PageKind};

/// At most this many other comparisons are linked from a pair page, so that its size does
/// not grow with the catalog.
pub const RELATED_MAX: usize = 8;

/// What `pair.html` receives, besides [`Common`].
#[derive(Serialize)]
pub struct PairView<'a> {
    /// Every page's part.
    #[serde(flatten)]
    pub common: Common<'a>,
    /// The catalog.
    pub catalog: Value,
    /// The earlier code in the catalog's order.
    pub a: Value,
    /// The later code.
    pub b: Value,
    /// The page's heading.
    pub title_html: Html,
    /// The catalog's lead for the pair (`<catalog>-pair-intro`), or empty.
    pub intro_html: Html,
    /// Every compared fact, in the catalog's order, with both codes' values.
    pub comparison: Vec<Compared<'a>>,
    /// One sentence per fact on which the codes differ or that applies to one of them.
    pub differences: Vec<Html>,
    /// When they differ on no compared fact, a sentence that says so; else empty.
    pub no_differences_html: Html,
    /// One sentence per fact whose value they share.
    pub in_common: Vec<Html>,
    /// The lead of "which one applies to you"; each code's own line is its `guide_html`.
    pub guide_html: Html,
    /// Other comparisons of either code.
    pub related: Vec<PairLink>,
}

/// One compared fact.
#[derive(Serialize)]
pub struct Compared<'a> {
    /// The fact's id.
    pub id: &'a str,
    /// Its kind.
    pub kind: &'static str,
    /// Its name.
    pub name_html: Html,
    /// The fact as `a` has it (the same value as `a.fact.<id>`).
    pub a: Value,
    /// The fact as `b` has it.
    pub b: Value,
    /// Whether both have it with the same value.
    pub same: bool,
    /// `both`, `a`, `b` or `neither`: which of the codes the fact applies to.
    pub applies: &'static str,
    /// The sentence the page says about it; empty when it applies to neither.
    pub sentence_html: Html,
}

/// A link to another comparison.
#[derive(Serialize)]
pub struct PairLink {
    /// Its title, as HTML.
    pub html: Html,
    /// The page.
    pub href: String,
}

/// The view of the pair page of codes `a` and `b` of catalog `c` in locale `l`.
pub fn view<'a>(
    cx: &Cx<'a>,
    page: &Page,
    l: LocaleId,
    (c, a, b): (CatalogId, CodeId, CodeId),
) -> Result<PairView<'a>, Diagnostic> {
    let cat = cx.site.catalog(c);
    let cs = &cx.locale(l).catalogs[c.index()];
    let (sa, sb) = (&cs.codes[a.index()], &cs.codes[b.index()]);
    let names = [
        ("label", Arg::Text(&cs.label)),
        ("a", Arg::Text(&sa.code)),
        ("b", Arg::Text(&sb.code)),
        ("nameA", Arg::Text(&sa.name)),
        ("nameB", Arg::Text(&sb.name)),
    ];
    let title = cx.fmt(l, "pair-title", &names)?;
    let summary = cx.fmt(l, "pair-summary", &names)?;
    let intro = pair_intro(cx, l, cat, sa, sb)?;
    let mut comparison = Vec::new();
    let mut differences = Vec::new();
    let mut in_common = Vec::new();
    for (f, fact) in cat.facts.iter().enumerate().filter(|(_, f)| f.compare) {
        let (va, vb) = (&cat.code(a).values[f], &cat.code(b).values[f]);
        let (aa, ab) = (va.applies(), vb.applies());
        let same = aa && ab && va.same_as(vb);
        let applies = match (aa, ab) {
            (true, true) => "both",
            (true, false) => "a",
            (false, true) => "b",
            (false, false) => "neither",
        };
        let sentence = match applies {
            "neither" => Html::default(),
            "both" if same => Html(sentence(cx, l, cat, f, "same", (sa, sb), &names)?),
            "both" => Html(sentence(cx, l, cat, f, "differ", (sa, sb), &names)?),
            "a" => Html(sentence(cx, l, cat, f, "only", (sa, sb), &names)?),
            _ => Html(sentence(cx, l, cat, f, "only", (sb, sa), &names)?),
        };
        match applies {
            "neither" => {}
            "both" if same => in_common.push(sentence.clone()),
            _ => differences.push(sentence.clone()),
        }
        comparison.push(Compared {
            id: &fact.id,
            kind: fact.kind.as_str(),
            name_html: Html(cs.fact_names[f].html.clone()),
            a: sa.facts[f].clone(),
            b: sb.facts[f].clone(),
            same,
            applies,
            sentence_html: sentence,
        });
    }
    let guide = cx.fmt(l, &cat.message("guide"), &[])?;
    let no_differences = if differences.is_empty() {
        Html(cx.fmt(l, "pair-no-differences", &names[1..3])?.html)
    } else {
        Html::default()
    };
    let crumb = Html(format!("{} – {}", sa.code.html, sb.code.html));
    Ok(PairView {
        common: common(cx, page, l, title.plain, &summary.plain, Some(crumb)),
        catalog: cs.value.clone(),
        a: sa.value.clone(),
        b: sb.value.clone(),
        title_html: Html(title.html),
        intro_html: intro,
        comparison,
        differences,
        no_differences_html: no_differences,
        in_common,
        guide_html: Html(guide.html),
        related: related(cx, page, l, c, (a, b))?,
    })
}

/// The sentence about fact `f`: `which` is `differ`, `same` or `only`; for `only`, `x` is
/// the code the fact applies to and `y` the other.
#[allow(clippy::too_many_arguments)]
fn sentence(
    cx: &Cx<'_>,
    l: LocaleId,
    cat: &Catalog,
    f: usize,
    which: &str,
    (x, y): (&CodeShared, &CodeShared),
    names: &[(&str, Arg<'_>); 5],
) -> Result<String, Diagnostic> {
    let fact = &cat.facts[f];
    let id = cat.message(&format!("{}-{which}", fact.id));
    let join = &cx.locale(l).list_join;
    let count = |v: &[Rich]| Arg::Num(v.len() as i64);
    // Items of x's list that are not in y's, and those in both, by their raw keys.
    let split = |x: &CodeShared, y: &CodeShared| -> (Vec<Rich>, Vec<Rich>) {
        let (kx, ky) = (list_keys(cat, x, f), list_keys(cat, y, f));
        let mut only = Vec::new();
        let mut both = Vec::new();
        for (k, item) in kx.iter().zip(&x.items[f]) {
            if ky.contains(k) {
                both.push(item.clone());
            } else {
                only.push(item.clone());
            }
        }
        (only, both)
    };
    let mut args: Vec<(&str, Arg<'_>)> = Vec::with_capacity(12);
    let (only_a, only_b, both, all_x, joined);
    match (which, fact.kind.is_list()) {
        ("differ", false) => {
            args.extend_from_slice(&names[1..]);
            args.extend([
                ("valueA", x.keys[f].arg()),
                ("valueB", y.keys[f].arg()),
                ("labelA", Arg::Text(&x.labels[f])),
                ("labelB", Arg::Text(&y.labels[f])),
            ]);
        }
        ("differ", true) => {
            let (oa, b) = split(x, y);
            let (ob, _) = split(y, x);
            (only_a, only_b, both) = (
                Rich::join(&oa, join),
                Rich::join(&ob, join),
                Rich::join(&b, join),
            );
            args.extend_from_slice(&names[1..]);
            args.extend([
                ("onlyA", Arg::Text(&only_a)),
                ("onlyB", Arg::Text(&only_b)),
                ("both", Arg::Text(&both)),
                ("countA", count(&x.items[f])),
                ("countB", count(&y.items[f])),
                ("countOnlyA", count(&oa)),
                ("countOnlyB", count(&ob)),
                ("countBoth", count(&b)),
            ]);
        }
        ("same", list) => {
            args.extend_from_slice(&names[1..]);
            if list {
                all_x = Rich::join(&x.items[f], join);
                args.extend([("items", Arg::Text(&all_x)), ("count", count(&x.items[f]))]);
            } else {
                args.extend([
                    ("value", x.keys[f].arg()),
                    ("label", Arg::Text(&x.labels[f])),
                ]);
            }
        }
        (_, list) => {
            args.extend([
                ("code", Arg::Text(&x.code)),
                ("other", Arg::Text(&y.code)),
                ("name", Arg::Text(&x.name)),
                ("otherName", Arg::Text(&y.name)),
            ]);
            if list {
                joined = Rich::join(&x.items[f], join);
                args.extend([("items", Arg::Text(&joined)), ("count", count(&x.items[f]))]);
            } else {
                args.extend([
                    ("value", x.keys[f].arg()),
                    ("label", Arg::Text(&x.labels[f])),
                ]);
            }
        }
    }
    Ok(cx.fmt(l, &id, &args)?.html)
}

/// The keys of a code's list value, in order.
fn list_keys<'c>(cat: &'c Catalog, x: &CodeShared, f: usize) -> Vec<&'c str> {
    cat.code(x.id).values[f].item_keys()
}

/// The catalog's optional lead for a pair, with both codes' facts as selectors.
fn pair_intro(
    cx: &Cx<'_>,
    l: LocaleId,
    cat: &Catalog,
    sa: &CodeShared,
    sb: &CodeShared,
) -> Result<Html, Diagnostic> {
    let id = cat.message("pair-intro");
    let i18n = &cx.site.i18n;
    if !i18n.has(i18n.reference(), &id, None) {
        return Ok(Html::default());
    }
    let keys: Vec<(String, Arg<'_>)> = cat
        .facts
        .iter()
        .enumerate()
        .flat_map(|(f, fact)| {
            [
                (format!("{}A", fact.id), sa.keys[f].arg()),
                (format!("{}B", fact.id), sb.keys[f].arg()),
            ]
        })
        .collect();
    let mut args: Vec<(&str, Arg<'_>)> = vec![
        ("a", Arg::Text(&sa.code)),
        ("b", Arg::Text(&sb.code)),
        ("nameA", Arg::Text(&sa.name)),
        ("nameB", Arg::Text(&sb.name)),
    ];
    args.extend(keys.iter().map(|(k, v)| (k.as_str(), *v)));
    Ok(Html(cx.fmt(l, &id, &args)?.html))
}

/// Other comparisons: each code with the codes its links name, taken in turn, then with its
/// neighbours in the catalog's order, at most [`RELATED_MAX`].
fn related(
    cx: &Cx<'_>,
    page: &Page,
    l: LocaleId,
    c: CatalogId,
    (a, b): (CodeId, CodeId),
) -> Result<Vec<PairLink>, Diagnostic> {
    let cs = &cx.locale(l).catalogs[c.index()];
    let n = cs.codes.len() as u32;
    let neighbours = |x: CodeId| {
        [x.0.checked_sub(1), Some(x.0 + 1).filter(|&y| y < n)]
            .into_iter()
            .flatten()
            .map(CodeId)
    };
    let from_a = cs.codes[a.index()].related.iter().copied();
    let from_b = cs.codes[b.index()].related.iter().copied();
    let mut candidates: Vec<(CodeId, CodeId)> = Vec::new();
    let (mut ia, mut ib) = (from_a.map(|y| (a, y)), from_b.map(|y| (b, y)));
    loop {
        let (x, y) = (ia.next(), ib.next());
        if x.is_none() && y.is_none() {
            break;
        }
        candidates.extend(x.into_iter().chain(y));
    }
    candidates.extend(neighbours(a).map(|y| (a, y)));
    candidates.extend(neighbours(b).map(|y| (b, y)));
    let mut pairs: Vec<(CodeId, CodeId)> = Vec::with_capacity(RELATED_MAX);
    for (x, y) in candidates {
        let p = if x < y { (x, y) } else { (y, x) };
        if p != (a, b) && p.0 != p.1 && !pairs.contains(&p) {
            pairs.push(p);
            if pairs.len() == RELATED_MAX {
                break;
            }
        }
    }
    pairs
        .into_iter()
        .map(|(x, y)| {
            let (sx, sy) = (&cs.codes[x.index()], &cs.codes[y.index()]);
            let text = cx.fmt(
                l,
                "pair-link",
                &[
                    ("a", Arg::Text(&sx.code)),
                    ("b", Arg::Text(&sy.code)),
                    ("nameA", Arg::Text(&sx.name)),
                    ("nameB", Arg::Text(&sy.name)),
                ],
            )?;
            Ok(PairLink {
                html: Html(text.html),
                href: cx.plan.href(page, &Page::new(PageKind::Pair(c, x, y), l)),
            })
        })
        .collect()
}
