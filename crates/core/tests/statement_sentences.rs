//! The sentence splitter against every sentence of the built-in statement, listed by hand.

use wasm_bindgen_test::wasm_bindgen_test;

use statement_core::builtin;

/// The statement's 44 sentences, paragraph by paragraph, as a careful reader splits them.
/// Note paragraph 1: "UK-U.S. Strategic Dialogue" is one sentence, not two.
const EXPECTED: &[&[&str]] = &[
    // Paragraph 1: 1 sentence.
    &[
        "United Kingdom Foreign Secretary David Lammy and United States Secretary of State Antony Blinken met in London to open the UK-U.S. Strategic Dialogue.",
    ],
    // Paragraph 2: 2 sentences.
    &[
        "The Strategic Dialogue – led by the Secretaries of State of the United Kingdom and United States – celebrates and deepens the long-standing and special relationship between the United Kingdom and United States.",
        "The Dialogue, held 10-11 September 2024, covered the key elements of the UK-US partnership, including unwavering support for Ukraine, the promotion of peace and security in the Middle East including through a ceasefire in Gaza, cooperation towards a free and open Indo-Pacific, and alignment on secure, resilient and sustainable growth.",
    ],
    // Paragraph 3: 1 sentence.
    &[
        "At the Dialogue, the United Kingdom and United States emphasised the interconnectedness of the security and economies of the Euro-Atlantic and the Indo-Pacific.",
    ],
    // Paragraph 4: 6 sentences.
    &[
        "Foreign Secretary Lammy and Secretary Blinken reaffirmed the enduring support of the United Kingdom and United States for Ukraine’s independence, sovereignty and territorial integrity.",
        "They discussed next steps to mobilise military and financial resources for Ukraine, restrict Russian revenues, put pressure on the Kremlin’s war machine, and restore Ukraine’s energy networks.",
        "They condemned strongly Russia’s recent air strikes that devastated Ukrainian civilians.",
        "They decided to work together to support the European and Euro-Atlantic integration of Ukraine, Moldova, and the Western Balkans, highlighting Ukraine’s irreversible path to NATO membership.",
        "The Dialogue expressed particular concern about China’s support to Russia’s defence industrial base.",
        "Both leaders noted the importance of addressing security and stability in Europe; addressing threats from foreign disinformation, malicious cyber actors, and organised crime; and encouraging stable, inclusive, and prosperous societies.",
    ],
    // Paragraph 5: 4 sentences.
    &[
        "Secretary Blinken confirmed intelligence findings that Russia has received ballistic missiles from Iran.",
        "Both Foreign Secretary Lammy and Secretary Blinken recognised the significance of this escalation and the concerning trend of Iran’s ever closer military support to Russia.",
        "They condemned the transfer and made clear that, alongside international partners, they would take coordinated action to respond with new and significant measures for Iran and Russia.",
        "The United Kingdom and United States also noted that Iran continued to bring instability to the region through its proliferation of advanced weaponry, alongside providing financial and political support to its partners, including Lebanese Hizballah, Hamas, the Houthis, and other groups in Iraq and Syria.",
    ],
    // Paragraph 6: 1 sentence.
    &[
        "Both agreed that Iran’s nuclear programme had never been more advanced and posed a clear threat to regional and global peace and security.",
    ],
    // Paragraph 7: 5 sentences.
    &[
        "Foreign Secretary Lammy expressed the United Kingdom’s clear support for the ongoing mediation efforts by the United States, Egypt, and Qatar to conclude the agreement for a ceasefire in Gaza and the release of hostages.",
        "Both the United Kingdom and United States underlined their support for Israel’s security and the importance of avoiding any escalatory action in the region which would undermine the prospect for peace and progress towards a two-state solution.",
        "In that regard, they affirmed their shared commitment to securing a political agreement for a lasting security solution along the Blue Line that will allow Israeli and Lebanese civilians on both sides to return to their homes with safety and security.",
        "They discussed the humanitarian situation in Gaza and reiterated calls for all parties to the conflict to protect civilians and for Israel to facilitate the flow of aid, including ensuring the UN and humanitarian partners can deliver their operations safely.",
        "They welcomed the ongoing polio vaccination campaign and underlined the importance of cooperation from all parties with the WHO and health agencies to ensure that all children who need to be are vaccinated.",
    ],
    // Paragraph 8: 4 sentences.
    &[
        "The United Kingdom and United States reaffirmed their commitment to continue their Indo-Pacific Dialogue and pledged to explore new opportunities to coordinate approaches, work with others to support a free and open region, and oppose any unilateral attempts to change the status quo by force or coercion.",
        "Both nations recognised that their partnership with Australia, through AUKUS, is a demonstration of that continued collective commitment to the region.",
        "They welcomed last month’s publication of the United Kingdom’s AUKUS Nations Open General Licence, alongside an International Traffic in Arms Regulations exemption granted by the United States and looked forward to implementation.",
        "These changes will enable enhanced collaboration and the rapid development of some of the most advanced capabilities in the world – revolutionising AUKUS partners’ defence trade sectors and unlocking growth and export opportunities for all of our industries.",
    ],
    // Paragraph 9: 4 sentences.
    &[
        "The United Kingdom and United States affirmed the importance of close coordination to advance shared objectives and common values and interests with respect to the Indo-Pacific.",
        "On China, the two sides confirmed our shared commitment to upholding international law and the rules based international system and noted with concern dangerous and destabilising actions in the South China Sea by Chinese vessels towards Philippines vessels.",
        "The United Kingdom and United States emphasised the need to respect the law of the sea as reflected in the UN Convention on the Law of the Sea.",
        "They restated the importance of peace and stability in the Taiwan Strait as indispensable to the security and prosperity of the international community and called for the peaceful resolution of cross-Strait issues.",
    ],
    // Paragraph 10: 2 sentences.
    &[
        "The Dialogue discussed the United Kingdom and United States’ shared priorities in Africa.",
        "This includes efforts to end the conflict and promote expanded humanitarian access in Sudan and supporting Somalia’s sovereignty, territorial integrity, and long-term stability, including through the transition to a new African Union led security mission.",
    ],
    // Paragraph 11: 3 sentences.
    &[
        "In the Dialogue, the United Kingdom and United States reaffirmed a shared commitment to strengthening the resilience of democracies around the world.",
        "Both noted longstanding US-UK collaboration on anti-corruption issues, and the United States welcomed increased UK focus on countering corruption – specifically kleptocracy – including by addressing illicit finance, beneficial ownership transparency, and enablers of corruption.",
        "The United States and United Kingdom look forward to building on our cooperation in these areas, including through measures such as sanctions, multilateral and bilateral diplomacy, law enforcement, and foreign assistance.",
    ],
    // Paragraph 12: 5 sentences.
    &[
        "Recognising the threat foreign information manipulation and interference (FIMI) poses to democracies, the United Kingdom and United States decided to increase the pace and scale of our joint efforts to disrupt Kremlin and other state-sponsored FIMI and to advance joint capabilities among our closest partners.",
        "This effort was bolstered by a commitment from the United Kingdom and United States to take joint action to expose and disrupt covert foreign information operations around the world, which seek to spread lies and discord to undermine free and open societies.",
        "The United Kingdom and United States affirm our ambition to deliver through the G7 Collective Response Framework in 2025.",
        "These efforts will include as special focus joint assistance to Ukraine to counter Kremlin disinformation and propaganda seeking to justify an unjustifiable invasion.",
        "This work will build on and support both the United Kingdom and United States’ intention to continue bilateral cooperation on the five key action areas in the US Department of State’s Framework to Counter Foreign State Information Manipulation.",
    ],
    // Paragraph 13: 4 sentences.
    &[
        "Drawing on Prime Minister Starmer and President Biden’s recent commitment to aligned ambitions for greater economic growth, Foreign Secretary Lammy and Secretary Blinken noted how the UK-US security partnership underpinned the prosperity that allows both economies to grow, while working on a suite of tools to protect our critical technologies at the same time.",
        "They highlighted the centrality of the clean energy transition to economic security and growth and the criticality of strong climate leadership, as well as key domestic policies, such as the UK Clean Energy Superpower Mission and the US Inflation Reduction Act, and noted the considerable existing bilateral energy co-operation, including through the United Kingdom-United States Energy Dialogue.",
        "The United Kingdom and United States committed to work together ahead of COP29 in Azerbaijan, including on global climate finance goals and driving progress on the effort to triple renewable energy capacity globally by 2030.",
        "They also committed to continue working through the G7 and other multilateral fora to enhance economic security and resilience.",
    ],
    // Paragraph 14: 2 sentences.
    &[
        "Foreign Secretary Lammy and Secretary Blinken expressed their enthusiasm for continuing to build on the steadfast relationship between the United Kingdom and United States.",
        "They affirmed the importance of Prime Minister Starmer’s September 13 meeting with President Biden in Washington DC and decided to continue discussions across the full range of foreign and security policy priorities.",
    ],
];

#[wasm_bindgen_test(unsupported = test)]
fn every_sentence_of_the_statement() {
    let document = builtin::statement();
    assert_eq!(document.paragraphs.len(), EXPECTED.len());
    for (paragraph, expected) in document.paragraphs.iter().zip(EXPECTED) {
        let actual: Vec<&str> = paragraph.sentences.iter().map(|s| paragraph.sentence_text(s).trim_end()).collect();
        assert_eq!(&actual, expected, "paragraph {}", paragraph.number);
    }
    let total: usize = document.paragraphs.iter().map(|p| p.sentences.len()).sum();
    assert_eq!(total, 44);
}

#[wasm_bindgen_test(unsupported = test)]
fn sentence_ids_are_stable_and_unique() {
    let document = builtin::statement();
    let ids: Vec<&str> = document.paragraphs.iter().flat_map(|p| p.sentences.iter().map(|s| s.id.as_str())).collect();
    assert_eq!(ids[0], "p1s1");
    assert_eq!(ids[1], "p2s1");
    assert!(ids.contains(&"p4s6"));
    assert_eq!(*ids.last().unwrap(), "p14s2");
    let unique: std::collections::HashSet<_> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len());
}
