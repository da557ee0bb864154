//! The web app's entry point (built by Trunk for wasm32).

#[cfg(target_arch = "wasm32")]
fn main() {
    pathways::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The web app is built with Trunk for WebAssembly (see README.md). For the command-line tool, run `pathways`.");
    std::process::exit(2);
}
