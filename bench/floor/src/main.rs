//! A counter: the Yew floor (see Cargo.toml).
use yew::prelude::*;

#[component]
fn App() -> Html {
    let count = use_state(|| 0);
    let add = {
        let count = count.clone();
        Callback::from(move |_| count.set(*count + 1))
    };
    html! {
        <main>
            <h1>{ "Counter" }</h1>
            <p>{ *count }</p>
            <button onclick={add}>{ "Add one" }</button>
        </main>
    }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
