### The messages of the catalog `CATALOG` (content/CATALOG/catalog.toml).
###
### This locale is the site's reference: it has every message the catalog's pages need, and
### the other locales fall back to its text where they lack one. `codesite build` names each
### message that is missing here, or that uses a variable it is not given.
###
### Fluent syntax (https://projectfluent.org/fluent/guide/): `id = text`; attributes on the
### lines below, indented, as `.name = text`; a variable as { $name }; a text chosen by a
### variable's value as { $var -> [value] text *[other] text }, the starred one the default.
### Text in backticks (`SEND`) is a protocol literal, shown as code and kept left to right.

## The catalog

# The catalog's name: the heading of its index, its entry on the home page, and the
# breadcrumbs of its pages. No variables.
CATALOG-name = LABEL codes
# The introduction at the top of the catalog's index, also shown under its name on the home
# page. No variables.
CATALOG-intro = A starting point for a catalog of LABEL codes. Replace this text with what a code of the protocol is and where people meet one.

## Comparison pages, one for each pair of codes

# The lead of "Which one applies to you" on comparison pages. No variables.
CATALOG-guide = Find the code at the start of the reply you got, and read the line for it.
# One line per code under "Which one applies to you". Variables: $code and $name, the code
# and its name; and each fact by its id, to choose a text by: a choice's value ($class), yes
# or no for a flag ($retry), a number ($since), the number of items of a list ($commands,
# $defined_in, $related, $transcript), and none for a choice or a number the code lacks.
CATALOG-guide-line = { $class ->
    [2] If you got { $code }, the request worked: nothing has to change.
   *[other] { $retry ->
        [yes] If you got { $code }, wait, then send the same request again.
       *[no] If you got { $code }, the request has to change before it can work.
    }
}
# Optional: a lead at the top of every comparison page. Variables: $a and $b, the codes;
# $nameA and $nameB, their names; and each fact of either code as in CATALOG-guide-line,
# with A or B after its id ($classA, $retryB, ...). To use it, remove the `# ` below.
# CATALOG-pair-intro = How { $a } and { $b } differ, and which one applies to you.

## Facts. Each fact's message is its name: shown before its value on code pages, in the
## table of comparison pages, and, for a flag, beside each code that has it on the index.
## Optional attributes: .note, a remark shown after the value when the code has the fact;
## .none, shown in place of the value when the code lacks it (without it, the fact is then
## left out). No variables.
##
## A compared fact has sentences for comparison pages, each needed only once two codes of the
## catalog call for it (the build says so): -differ, for two codes with different values,
## and -only, for a code that has the fact beside one that lacks it, both under "How they
## differ"; -same, for two with the same value, under "What they have in common".
## Variables, besides $a and $b (the codes) and $nameA and $nameB (their names):
##   -differ: $valueA and $valueB, the values, to choose a text by; $labelA and $labelB,
##     their names. For a list: $onlyA, $onlyB and $both, the items of one code only and of
##     both, with $countA, $countB, $countOnlyA, $countOnlyB and $countBoth.
##   -same: $value and $label; for a list, $items and $count.
##   -only: $code, the one that has the fact, and $other, with $name and $otherName, in
##     place of $a, $b, $nameA and $nameB; $value and $label; for a list, $items and $count.

CATALOG-class = Class
# The name of each value of a choice: shown as the code's value, and as the heading of its
# group on the catalog's index (group_by). Optional .about: what the value means, shown
# under it on code pages and under the group's heading. No variables.
CATALOG-class-2 = 2xx: success
    .about = The request was carried out.
CATALOG-class-4 = 4xx: failure for now
    .about = The request was not carried out this time; the same request may work later.
CATALOG-class-5 = 5xx: failure
    .about = The request was not carried out, and will fail again until something changes.
CATALOG-class-differ = { $a } { $valueA ->
    [2] reports success
    [4] reports a failure for now
   *[5] reports a failure
}, { $b } { $valueB ->
    [2] success.
    [4] a failure for now.
   *[5] a failure.
}
CATALOG-class-same = Both start with { $value }: { $value ->
    [2] the request worked.
    [4] the request failed for now.
   *[5] the request failed.
}
# Every code has a class (it is taken from the code), so no -only sentence is needed.

CATALOG-retry = Worth retrying
    .note = The same request may succeed if it is sent again later.
CATALOG-retry-only = The same request may succeed later after { $code }, not after { $other }.
CATALOG-retry-same = After both { $a } and { $b }, the same request may succeed later.

CATALOG-since = Since version

CATALOG-commands = Replies to
    .none = Any request.

CATALOG-defined_in = Defined in

CATALOG-related = Compare with

CATALOG-transcript = Example
    .note = Lines starting with C: are sent by the client, lines starting with S: by the server.

## The codes: one message each, CATALOG-<code> (the end of its page's address), the code's
## short name, shown after the code in titles and lists; with .description, what it means,
## whose start also sums the code up on the index; .when, when you see it; and .fix, what to
## do. Shown on the code's page and on its comparison pages. No variables.

CATALOG-200 = Done
    .description = An example code, to replace with one of the protocol's: the request was carried out.
    .when = You see 200 after a `SEND` or a `STATUS` request that worked.
    .fix = Nothing has to change.

CATALOG-450 = Busy
    .description = An example code, to replace with one of the protocol's: the server could not carry out the request this time.
    .when = You see 450 when the server has too much to do.
    .fix = Send the same request again later.
