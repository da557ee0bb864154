//! The `Plural-Forms` header of a PO file (`nplurals=2; plural=(n != 1);`): read and evaluated,
//! so that an imported file's plural forms are checked against the language's own rules
//! ([`crate::i18n::plural`]) whatever way a translator's tool wrote the expression. The
//! expression is C's, as gettext reads it: `n`, whole numbers, `( )`, `!`, `* / %`, `+ -`,
//! `< <= > >=`, `== !=`, `&&`, `||` and `? :`.

use crate::i18n::plural::{categories, category};

/// A parsed `Plural-Forms` value.
#[derive(Debug)]
pub struct PluralForms {
    pub nplurals: usize,
    plural: Expr,
}

#[derive(Debug)]
enum Expr {
    N,
    Num(u64),
    Not(Box<Expr>),
    Bin(Op, Box<Expr>, Box<Expr>),
    If(Box<Expr>, Box<Expr>, Box<Expr>),
}

#[derive(Clone, Copy, Debug)]
enum Op {
    Mul,
    Div,
    Rem,
    Add,
    Sub,
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
    Ne,
    And,
    Or,
}

/// The binary operators by precedence, loosest first (the ternary is looser still).
const LEVELS: &[&[(&str, Op)]] = &[
    &[("||", Op::Or)],
    &[("&&", Op::And)],
    &[("==", Op::Eq), ("!=", Op::Ne)],
    &[("<=", Op::Le), (">=", Op::Ge), ("<", Op::Lt), (">", Op::Gt)],
    &[("+", Op::Add), ("-", Op::Sub)],
    &[("*", Op::Mul), ("/", Op::Div), ("%", Op::Rem)],
];

struct Parser<'a> {
    rest: &'a str,
}

impl Parser<'_> {
    fn skip(&mut self) {
        self.rest = self.rest.trim_start();
    }

    fn eat(&mut self, token: &str) -> bool {
        self.skip();
        // `<` is not the start of `<=`, `!` not of `!=`.
        let longer = ["<=", ">=", "==", "!="].iter().any(|t| t.len() > token.len() && t.starts_with(token) && self.rest.starts_with(t));
        if self.rest.starts_with(token) && !longer {
            self.rest = &self.rest[token.len()..];
            true
        } else {
            false
        }
    }

    fn ternary(&mut self) -> Result<Expr, String> {
        let cond = self.binary(0)?;
        if !self.eat("?") {
            return Ok(cond);
        }
        let yes = self.ternary()?;
        if !self.eat(":") {
            return Err(format!("expected ':' at {:?}", self.rest));
        }
        let no = self.ternary()?;
        Ok(Expr::If(Box::new(cond), Box::new(yes), Box::new(no)))
    }

    fn binary(&mut self, level: usize) -> Result<Expr, String> {
        let Some(ops) = LEVELS.get(level) else { return self.unary() };
        let mut left = self.binary(level + 1)?;
        'more: loop {
            for (token, op) in *ops {
                if self.eat(token) {
                    let right = self.binary(level + 1)?;
                    left = Expr::Bin(*op, Box::new(left), Box::new(right));
                    continue 'more;
                }
            }
            return Ok(left);
        }
    }

    fn unary(&mut self) -> Result<Expr, String> {
        if self.eat("!") {
            return Ok(Expr::Not(Box::new(self.unary()?)));
        }
        if self.eat("(") {
            let inner = self.ternary()?;
            return if self.eat(")") { Ok(inner) } else { Err(format!("expected ')' at {:?}", self.rest)) };
        }
        self.skip();
        if self.eat("n") {
            return Ok(Expr::N);
        }
        let digits: String = self.rest.chars().take_while(char::is_ascii_digit).collect();
        if digits.is_empty() {
            return Err(format!("expected n, a number or '(' at {:?}", self.rest));
        }
        self.rest = &self.rest[digits.len()..];
        digits.parse().map(Expr::Num).map_err(|_| format!("number too large: {digits}"))
    }
}

impl Expr {
    fn eval(&self, n: u64) -> Option<u64> {
        Some(match self {
            Expr::N => n,
            Expr::Num(v) => *v,
            Expr::Not(e) => u64::from(e.eval(n)? == 0),
            Expr::If(c, y, no) => {
                if c.eval(n)? != 0 {
                    y.eval(n)?
                } else {
                    no.eval(n)?
                }
            }
            Expr::Bin(op, a, b) => {
                let (a, b) = (a.eval(n)?, b.eval(n)?);
                match op {
                    Op::Mul => a.checked_mul(b)?,
                    Op::Div => a.checked_div(b)?,
                    Op::Rem => a.checked_rem(b)?,
                    Op::Add => a.checked_add(b)?,
                    Op::Sub => a.wrapping_sub(b),
                    Op::Lt => u64::from(a < b),
                    Op::Le => u64::from(a <= b),
                    Op::Gt => u64::from(a > b),
                    Op::Ge => u64::from(a >= b),
                    Op::Eq => u64::from(a == b),
                    Op::Ne => u64::from(a != b),
                    Op::And => u64::from(a != 0 && b != 0),
                    Op::Or => u64::from(a != 0 || b != 0),
                }
            }
        })
    }
}

impl PluralForms {
    /// Reads `nplurals=N; plural=EXPR;` (the final `;` may be missing).
    pub fn parse(header: &str) -> Result<PluralForms, String> {
        let mut nplurals = None;
        let mut plural = None;
        for part in header.split(';').map(str::trim).filter(|p| !p.is_empty()) {
            match part.split_once('=').map(|(k, v)| (k.trim(), v.trim())) {
                Some(("nplurals", v)) => nplurals = Some(v.parse::<usize>().map_err(|_| format!("nplurals={v}: not a whole number"))?),
                Some(("plural", v)) => {
                    let mut p = Parser { rest: v };
                    let e = p.ternary()?;
                    p.skip();
                    if !p.rest.is_empty() {
                        return Err(format!("unexpected {:?} in plural=", p.rest));
                    }
                    plural = Some(e);
                }
                _ => return Err(format!("unexpected {part:?} (expected nplurals=N; plural=EXPRESSION;)")),
            }
        }
        match (nplurals, plural) {
            (Some(nplurals), Some(plural)) if (1..=6).contains(&nplurals) => Ok(PluralForms { nplurals, plural }),
            (Some(n), Some(_)) => Err(format!("nplurals={n}: a language has 1 to 6 plural forms")),
            _ => Err("needs both nplurals=N and plural=EXPRESSION".to_string()),
        }
    }

    /// The form (an index of msgstr[…]) for the count `n`; None where the expression fails
    /// (a division by zero) or gives an index past `nplurals`.
    pub fn index(&self, n: u64) -> Option<usize> {
        self.plural.eval(n).and_then(|i| usize::try_from(i).ok()).filter(|i| *i < self.nplurals)
    }

    /// Does this header give every count the category `lang` gives it ([`category`]), as the
    /// index of that category in [`categories`]? The first count it does not, if any.
    pub fn disagreement(&self, lang: &str) -> Option<String> {
        let cats = categories(lang);
        if self.nplurals != cats.len() {
            return Some(format!("nplurals={}, but {lang} has {} plural forms ({})", self.nplurals, cats.len(), cats.join(", ")));
        }
        let counts = (0..=1_200u64).chain([1_000_000, 2_000_000, 1_000_001, 10_000_000]);
        for n in counts {
            let want = category(lang, n as i64);
            match self.index(n).map(|i| cats[i]) {
                Some(got) if got == want => {}
                got => {
                    return Some(format!(
                        "for n={n} it gives form {} ({}), but {lang} says {want}",
                        self.index(n).map_or("none".into(), |i| i.to_string()),
                        got.unwrap_or("none")
                    ))
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::plural::gettext_plural_forms;

    #[test]
    fn every_language_header_agrees_with_its_plural_rules() {
        for l in crate::i18n::LANGUAGES {
            let forms = PluralForms::parse(gettext_plural_forms(l.code)).unwrap();
            assert_eq!(forms.disagreement(l.code), None, "{}", l.code);
        }
    }

    #[test]
    fn a_wrong_header_is_named() {
        // English's rule for Tigrinya: 0 is "other" in English but "one" in Tigrinya.
        let en = PluralForms::parse("nplurals=2; plural=(n != 1);").unwrap();
        assert_eq!(en.disagreement("ti").unwrap(), "for n=0 it gives form 1 (other), but ti says one");
        let two = PluralForms::parse("nplurals=2; plural=n>1").unwrap();
        assert!(two.disagreement("ar").unwrap().starts_with("nplurals=2, but ar has 6"));
        // French before CLDR 38: no "many" form.
        assert!(PluralForms::parse("nplurals=3; plural=(n > 1 ? 2 : 0);").unwrap().disagreement("fr").unwrap().contains("n=1000000"));
    }

    #[test]
    fn evaluates_c_expressions() {
        let p = PluralForms::parse("nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5;")
            .unwrap();
        let got: Vec<usize> = [0, 1, 2, 3, 10, 11, 99, 100, 102, 103, 111].iter().map(|n| p.index(*n).unwrap()).collect();
        assert_eq!(got, [0, 1, 2, 3, 3, 4, 4, 5, 5, 3, 4]);
        let p = PluralForms::parse("nplurals=2; plural=!(n <= 1) ;").unwrap();
        assert_eq!((p.index(0), p.index(1), p.index(2)), (Some(0), Some(0), Some(1)));
        assert_eq!(PluralForms::parse("nplurals=2; plural=n/0;").unwrap().index(3), None);
        assert_eq!(PluralForms::parse("nplurals=2; plural=n;").unwrap().index(2), None);
        for bad in [
            "nplurals=2;",
            "plural=n;",
            "nplurals=x; plural=n;",
            "nplurals=2; plural=(n;",
            "nplurals=2; plural=n ? 1;",
            "nplurals=9; plural=n;",
            "nplurals=2; plural=n $ 1;",
        ] {
            assert!(PluralForms::parse(bad).is_err(), "{bad}");
        }
    }
}
