#![no_main]
//! See gloss_fuzz::checks::progress for the properties checked.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| gloss_fuzz::checks::progress(data));
