//! Generates the LR parser from `src/grammar.lalrpop` into `OUT_DIR` at build time, so
//! lalrpop stays an implementation detail of this crate.

fn main() {
    lalrpop::Configuration::new()
        .emit_rerun_directives(true)
        .process_dir("src")
        .expect("grammar.lalrpop must be a valid LR(1) grammar");
}
