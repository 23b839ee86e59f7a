//! The one error type of the crate. Only building can fail; extraction cannot.

use std::fmt;
use std::path::PathBuf;

/// An error raised while building an [`Extractor`](crate::Extractor) or loading resources.
///
/// Opaque on purpose: inspect it through [`Error::kind`]. The message is lowercase and
/// names the values involved (file, line, column); the underlying cause, when there is
/// one, is kept and reachable through [`std::error::Error::source`].
///
/// # Examples
///
/// ```
/// use gazette::{Error, ErrorKind};
/// let err = Error::data("gazetteers/people.tsv", 12, 3, "empty name: write the canonical name in column 3");
/// assert!(matches!(err.kind(), ErrorKind::Data { line: 12, .. }));
/// assert_eq!(
///     err.to_string(),
///     "gazetteers/people.tsv:12:3: empty name: write the canonical name in column 3"
/// );
/// ```
pub struct Error(Box<ErrorKind>);

/// What went wrong. New variants may be added in minor releases.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A resource file could not be read.
    #[error("cannot read {}: {source}", path.display())]
    Io {
        /// The file that could not be read.
        path: PathBuf,
        /// The operating system's reason.
        #[source]
        source: std::io::Error,
    },
    /// A resource file is not valid UTF-8.
    #[error("{}:{line}:{column}: invalid UTF-8: save the file as UTF-8", path.display())]
    InvalidUtf8 {
        /// The offending file.
        path: PathBuf,
        /// 1-based line of the first invalid byte.
        line: usize,
        /// 1-based column (in chars) of the first invalid byte.
        column: usize,
        /// The decoder's report.
        #[source]
        source: std::str::Utf8Error,
    },
    /// A resource file is well-formed UTF-8 but its content is wrong.
    #[error("{}:{line}:{column}: {message}", path.display())]
    Data {
        /// The offending file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column, in chars.
        column: usize,
        /// What is wrong and how to fix it.
        message: String,
    },
}

impl Error {
    /// The kind of error, to match on.
    pub fn kind(&self) -> &ErrorKind {
        &self.0
    }

    /// Builds a [`ErrorKind::Data`] error: `path:line:column: message`.
    pub fn data(
        path: impl Into<PathBuf>,
        line: usize,
        column: usize,
        message: impl Into<String>,
    ) -> Error {
        Error::from(ErrorKind::Data {
            path: path.into(),
            line,
            column,
            message: message.into(),
        })
    }

    /// Builds an [`ErrorKind::Io`] error for `path`.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Error {
        Error::from(ErrorKind::Io {
            path: path.into(),
            source,
        })
    }

    /// Decodes `bytes` read from `path` as UTF-8, or says where the first bad byte is.
    ///
    /// ```
    /// use gazette::{Error, ErrorKind};
    /// let err = Error::utf8("a.tsv", b"ok\nab\xFFc").unwrap_err();
    /// assert!(matches!(err.kind(), ErrorKind::InvalidUtf8 { line: 2, column: 3, .. }));
    /// ```
    pub fn utf8(path: impl Into<PathBuf>, bytes: &[u8]) -> Result<&str, Error> {
        std::str::from_utf8(bytes).map_err(|source| {
            let valid = &bytes[..source.valid_up_to()];
            // The prefix is valid by construction, so this cannot fail; fall back to 0.
            let prefix = std::str::from_utf8(valid).unwrap_or("");
            let line = prefix.matches('\n').count() + 1;
            let column = prefix.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            Error::from(ErrorKind::InvalidUtf8 {
                path: path.into(),
                line,
                column,
                source,
            })
        })
    }
}

impl From<ErrorKind> for Error {
    fn from(kind: ErrorKind) -> Error {
        Error(Box::new(kind))
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        std::error::Error::source(&*self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::error::Error as _;

    #[test]
    fn io_error_keeps_its_cause() {
        let cause = std::io::Error::new(std::io::ErrorKind::NotFound, "no such file");
        let err = Error::io("x/y.tsv", cause);
        assert_eq!(err.to_string(), "cannot read x/y.tsv: no such file");
        assert!(err.source().is_some());
    }

    #[test]
    fn utf8_error_points_at_line_and_column() {
        let err = Error::utf8("f.txt", b"\xC3\xA9t\xC3\xA9\nK\xC3bis").unwrap_err();
        assert_eq!(
            err.to_string(),
            "f.txt:2:2: invalid UTF-8: save the file as UTF-8"
        );
        assert!(err.source().is_some());
        assert_eq!(Error::utf8("f", "été".as_bytes()).unwrap(), "été");
    }

    #[test]
    fn error_is_send_sync() {
        fn check<T: Send + Sync + 'static>() {}
        check::<Error>();
    }
}
