//! # gazette: structured facts from French news
//!
//! gazette reads French news text and turns it into structured facts: who (people,
//! organisations), where (places), when (dates), how many, and what happened between
//! them. It is built as a pipeline of small stages, each a module:
//!
//! ```text
//! text ──► normalize ──► tokenizer ──► (gazetteer ──► recognizer ──► relations) ──► Document
//!          (fold+map)    (tokens,                                                   (serde JSON)
//!                         sentences)
//! ```
//!
//! Today the tokenizer and sentence splitter are in place; the stages in brackets come
//! next. Each stage reads the previous stage's output and never reaches back.
//!
//! ## Examples
//!
//! ```
//! use gazette::Extractor;
//!
//! let extractor = Extractor::builder().build()?;          // all I/O and compilation
//! let doc = extractor.extract(
//!     "KABOUL (Reuters) - Les États-Unis ont mené une frappe à Nahr-e Saraj, dans le Helmand. \
//!      « C’était une frappe défensive », a-t-il dit.",
//! );
//! let words: Vec<&str> = doc.tokens().iter().map(|t| t.text()).take(9).collect();
//! assert_eq!(words, ["KABOUL", "(", "Reuters", ")", "-", "Les", "États-Unis", "ont", "mené"]);
//! assert_eq!(doc.sentences().len(), 2);
//! # Ok::<(), gazette::Error>(())
//! ```
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
//! project's scorers: `{"id", "date", "sentences", "tokens"}`, where `sentences` and
//! `tokens` are written on request ([`JsonOptions`]) because they are large.
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
