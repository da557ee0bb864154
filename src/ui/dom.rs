//! A small builder for the virtual DOM. The `html!` macro inlines every element for speed, which
//! multiplies the WebAssembly code; these non-inlined helpers build the same Yew nodes with a
//! fraction of the code (the app must fit a 150 KB first-visit budget on slow phones).
//!
//! `e("p").class("hint").text(words).done()` is `html! { <p class="hint">{ words }</p> }`.

use std::rc::Rc;
use yew::html::{onchange, onclick, oninput, onsubmit};
use yew::prelude::*;
use yew::virtual_dom::{VTag, VText};

/// An element being built.
pub struct E(VTag);

/// Starts an element.
#[inline(never)]
pub fn e(tag: &'static str) -> E {
    E(VTag::new(tag))
}

/// A text node.
#[inline(never)]
pub fn text(s: String) -> Html {
    Html::VText(VText::new(s))
}

/// Several nodes side by side.
#[inline(never)]
pub fn list(nodes: Vec<Html>) -> Html {
    nodes.into_iter().collect::<Html>()
}

impl E {
    #[inline(never)]
    pub fn attr(mut self, key: &'static str, value: String) -> E {
        self.0.add_attribute(key, value);
        self
    }
    #[inline(never)]
    pub fn a(mut self, key: &'static str, value: &'static str) -> E {
        self.0.add_attribute(key, value);
        self
    }
    pub fn class(self, c: &'static str) -> E {
        self.a("class", c)
    }
    pub fn id(self, id: &'static str) -> E {
        self.a("id", id)
    }
    /// Sets an attribute only when `on` is true (`checked`, `open`, `selected`, `readonly`).
    #[inline(never)]
    pub fn flag(mut self, key: &'static str, on: bool) -> E {
        match key {
            "checked" => self.0.set_checked(on),
            _ if on => self.0.add_attribute(key, key),
            _ => {}
        }
        self
    }
    /// The value of an input, select option or textarea.
    #[inline(never)]
    pub fn value(mut self, v: String) -> E {
        self.0.set_value(v);
        self
    }
    #[inline(never)]
    pub fn child(mut self, h: Html) -> E {
        self.0.add_child(h);
        self
    }
    #[inline(never)]
    pub fn children(mut self, hs: Vec<Html>) -> E {
        self.0.add_children(hs);
        self
    }
    pub fn text(self, s: String) -> E {
        self.child(text(s))
    }
    #[inline(never)]
    pub fn on_click(mut self, cb: Callback<MouseEvent>) -> E {
        self.0.add_listener(Rc::new(onclick::Wrapper::new(cb)));
        self
    }
    #[inline(never)]
    pub fn on_change(mut self, cb: Callback<Event>) -> E {
        self.0.add_listener(Rc::new(onchange::Wrapper::new(cb)));
        self
    }
    #[inline(never)]
    pub fn on_input(mut self, cb: Callback<InputEvent>) -> E {
        self.0.add_listener(Rc::new(oninput::Wrapper::new(cb)));
        self
    }
    #[inline(never)]
    pub fn on_submit(mut self, cb: Callback<SubmitEvent>) -> E {
        self.0.add_listener(Rc::new(onsubmit::Wrapper::new(cb)));
        self
    }
    #[inline(never)]
    pub fn done(self) -> Html {
        Html::VTag(Rc::new(self.0))
    }
}
