//! The answers given so far, keyed by question. A small list rather than a tree map: a case has a
//! few dozen answers at most, and the app's WebAssembly stays smaller without sorting code.

use crate::fact::{Answer, Fact};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers(Vec<(Fact, Answer)>);

impl Answers {
    pub fn new() -> Answers {
        Answers(Vec::new())
    }
    pub fn get(&self, q: &Fact) -> Option<&Answer> {
        self.0.iter().find(|(k, _)| k == q).map(|(_, a)| a)
    }
    pub fn contains_key(&self, q: &Fact) -> bool {
        self.get(q).is_some()
    }
    /// Sets the answer to `q`, replacing any earlier one.
    pub fn insert(&mut self, q: Fact, a: Answer) {
        match self.0.iter_mut().find(|(k, _)| *k == q) {
            Some(slot) => slot.1 = a,
            None => self.0.push((q, a)),
        }
    }
    pub fn remove(&mut self, q: &Fact) -> Option<Answer> {
        let i = self.0.iter().position(|(k, _)| k == q)?;
        Some(self.0.remove(i).1)
    }
    pub fn len(&self) -> usize {
        self.0.len()
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn iter(&self) -> impl Iterator<Item = &(Fact, Answer)> {
        self.0.iter()
    }
}

impl FromIterator<(Fact, Answer)> for Answers {
    fn from_iter<I: IntoIterator<Item = (Fact, Answer)>>(iter: I) -> Answers {
        let mut a = Answers::new();
        for (q, x) in iter {
            a.insert(q, x);
        }
        a
    }
}
