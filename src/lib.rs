//! # gazette: structured facts from French news
//!
//! gazette reads French news text and turns it into structured facts: who (people,
//! organisations), where (places), when (dates), how many, and what happened between
//! them. It is built as a pipeline of small stages, each a module:
//!
//! ```text
//! text ──► tokenizer ──► normalize ──► gazetteer ──► recognizer ──► (relations) ──► Document
//!          (tokens,      (the words     (typed        (rules, dates,                  (serde JSON)
//!           sentences)    folded once)   matches)      quantities, names)
//! ```
//!
//! Relations, in brackets, come next. Each stage reads the previous stage's output and
//! never reaches back.
//!
//! ## Examples
//!
//! ```
//! use gazette::Extractor;
//!
//! let extractor = Extractor::builder().build()?;          // all I/O and compilation
//! let doc = extractor.extract_with_date(
//!     "KABOUL (Reuters) - Les États-Unis ont mené mercredi une frappe à Nahr-e Saraj, \
//!      a déclaré le colonel Wendell Straub. Straub a parlé de 43 attaques.",
//!     "2020-03-05",
//! );
//! let found: Vec<(&str, &str)> = doc.entities().iter().map(|e| (e.text(), e.label())).collect();
//! assert_eq!(found, [
//!     ("KABOUL", "LOC"), ("Reuters", "ORG"), ("États-Unis", "LOC"), ("mercredi", "DATE"),
//!     ("Nahr-e Saraj", "LOC"), ("Wendell Straub", "PER"), ("Straub", "PER"),
//!     ("43 attaques", "QUANTITY"),
//! ]);
//! assert_eq!(doc.entities()[3].value(), Some("2020-03-04"));   // mercredi, resolved
//! assert_eq!(doc.entities()[5].source(), "rule:per/title");     // which rule fired
//! assert_eq!(doc.dateline().source.as_deref(), Some("Reuters"));
//! # Ok::<(), gazette::Error>(())
//! ```
//!
//! ## Entities
//!
//! People, places and organisations come from the bundled gazetteers ([`gazetteer`]),
//! from entity rules written in a data file ([`recognizer::rules`], in the language of
//! [`recognizer::pattern`]), and from the shape and context of unknown names; a later
//! mention (`Straub`) takes the label and id of the full one. Dates, times and durations
//! carry ISO 8601 values resolved against the document date ([`recognizer::dates`]);
//! quantities carry their number and counted noun. Every entity names its `source`: the
//! gazetteer file and line, the rule, or the reasoning that produced it.
//!
//! ## Offsets
//!
//! Every token and sentence carries a [`Span`] with byte offsets (to slice the Rust
//! `&str`) and char offsets (Python-style indexes, which the JSON output calls `start`
//! and `end`). Tokens never overlap, and hold no white space but the thousands
//! separator of a number (`5 000`); concatenating the tokens and the white space
//! between them gives back the input.
//!
//! ## Tokens
//!
//! The tokenizer follows the Universal Dependencies French conventions: see
//! [`tokenizer`] for the table (elision, compounds, inverted pronouns, numbers,
//! abbreviations). Matching later stages on text uses [`normalize`], which folds case,
//! accents, apostrophes, spaces, dashes and ligatures while keeping a map back to the
//! original offsets.
//!
//! ## JSON
//!
//! [`Document`] serialises to one JSON object per document, the contract read by the
//! project's scorers: `{"id", "date", "dateline", "entities", "sentences", "tokens"}`,
//! where `sentences` and `tokens` are written on request ([`JsonOptions`]) because they
//! are large.
//!
//! ## Errors
//!
//! Only [`ExtractorBuilder::build`] can fail, with an [`Error`] that names the file,
//! line and column at fault. [`Extractor::extract`] never fails and never panics.

#![deny(missing_docs)]

mod document;
mod error;
mod extractor;
pub mod gazetteer;
mod header;
pub mod morph;
pub mod normalize;
pub mod recognizer;
pub mod render;
mod span;
pub mod tokenizer;

pub use document::{Document, Entity};
pub use error::{Error, ErrorKind};
pub use extractor::{Extractor, ExtractorBuilder};
pub use render::JsonOptions;
pub use span::Span;

/// The README's Rust examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
