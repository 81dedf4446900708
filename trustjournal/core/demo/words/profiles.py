"""Who the demo people are (their profiles): names by region, companies and sectors, titles,
how we met, what I noted about each of them and a personal detail or two (by persona)."""

from __future__ import annotations


def _words(line: str) -> tuple[str, ...]:
    return tuple(line.split())


# -- names: one pool per region, so a first name goes with a plausible surname ------------

NAME_POOLS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = tuple(
    (_words(first), _words(last))
    for first, last in (
        (
            "Astrid Freya Ingrid Sigrid Liv Maja Nils Anders Magnus Erik Henrik Søren Tove Leif",
            "Lindqvist Halvorsen Bergström Nyberg Dahl Strand Eriksen Holm Sandvik Lund Aalto",
        ),
        (
            "Anja Katrin Lotte Sanne Jonas Lukas Florian Maarten Jeroen Greta Matthias Femke",
            "Becker Hartmann Vogel Janssen Brandt Keller Kühn Visser Bakker Zimmermann Dekker",
        ),
        (
            "Camille Élodie Margaux Sophie Hugo Théo Julien Antoine Claire Mathilde Luc Inès",
            "Moreau Lefèvre Girard Fontaine Rousseau Mercier Delacroix Chevalier Lambert Garnier",
        ),
        (
            "Giulia Chiara Francesca Lucía Inês Beatriz Marco Luca Alessandro Pablo João Tiago",
            "Bianchi Romano Marchetti Ferraro García Navarro Ortega Ferreira Carvalho Moretti",
        ),
        (
            "Valentina Camila Mariana Ximena Sofía Diego Mateo Santiago Andrés Rodrigo Gabriela",
            "Rodríguez Hernández Castillo Mendoza Vargas Rojas Gutiérrez Salazar Paredes Aguilar",
        ),
        (
            "Adaeze Chiamaka Ngozi Abena Ama Folake Kwame Kofi Chidi Emeka Tunde Yaw",
            "Okafor Adeyemi Mensah Boateng Nwosu Okonkwo Asante Adebayo Eze Owusu Balogun",
        ),
        (
            "Wanjiru Amani Zanele Thandiwe Nomvula Neema Baraka Sipho Tendai Jabari Kagiso",
            "Mwangi Otieno Kamau Dlamini Ndlovu Nkosi Achieng Mutua Khumalo Moyo Banda",
        ),
        (
            "Priya Ananya Kavya Meera Aditi Sanjana Arjun Rohan Vikram Nikhil Rahul Farhan",
            "Sharma Iyer Patel Reddy Menon Banerjee Kapoor Nair Chaudhary Rao Desai Siddiqui",
        ),
        (
            "Mei Lin Xiaoyu Jing Yan Hui Wei Jun Hao Feng Bo Tao",
            "Chen Wang Zhang Liu Zhao Huang Zhou Wu Xu Sun Gao Tang",
        ),
        (
            "Yuki Aiko Haruka Emi Naoko Sakura Kenji Hiroshi Takeshi Daisuke Ren Sora",
            "Tanaka Sato Nakamura Kobayashi Yamamoto Watanabe Ito Fujita Mori Ishikawa Ogawa",
        ),
        (
            "Ji-woo Seo-yeon Min-ji Hye-jin Soo-ah Eun-ji Min-jun Seung-ho Jae-won Dong-hyun",
            "Kim Park Lee Choi Jung Kang Cho Yoon Jang Lim Han Shin",
        ),
        (
            "Layla Yasmin Noor Rania Salma Hana Omar Karim Tariq Youssef Samir Faisal",
            "Haddad Khalil Nasser Mansour Saleh Farouk Hariri Aziz Rahman Qasim Barakat",
        ),
        (
            "Elif Zeynep Ayşe Defne Selin Ece Emre Mert Can Burak Kerem Deniz",
            "Yılmaz Demir Kaya Şahin Çelik Aydın Öztürk Arslan Doğan Koç Aksoy",
        ),
        (
            "Katarzyna Agnieszka Zuzana Petra Ivana Magdalena Tomasz Piotr Jakub Marek Ondřej",
            "Nowak Novák Horváth Kovač Szabó Dvořák Kaminski Popescu Ionescu Petrov Marković",
        ),
        (
            "Siobhan Niamh Rachel Hannah Grace Liam Conor James Ben Callum Orla Declan",
            "O'Brien Murphy Walsh Fletcher Harper Brennan Whitaker Doyle Kennedy Hughes Reid",
        ),
        (
            "Larissa Fernanda Juliana Bruna Thiago Rafael Lucas Gustavo Renata Caio",
            "Oliveira Souza Almeida Barbosa Cardoso Ribeiro Teixeira Pereira Moura Azevedo",
        ),
    )
)

COMPANY_NAMES = _words(
    "Halvard Brightmoor Kestrel Ostrander Tidewell Larkspur Veldt Corran Ashby Solenne "
    "Ironwood Bellweather Norvik Sable Ardent Greywater Juniper Cobalt Hollis Marlowe "
    "Fenwick Oakhurst Verano Altamira Kairos Lumen Ridgeline Sundial Westmark Yarrow "
    "Zephyr Calder Drummond Elsinore Fairlight Gantry Heron Quillon Rookwood Tamarind"
)
SECTORS = (
    "Logistics",
    "Health",
    "Foods",
    "Energy",
    "Software",
    "Insurance",
    "Retail",
    "Biotech",
    "Materials",
    "Robotics",
    "Analytics",
    "Textiles",
    "Pharma",
    "Mobility",
    "Bank",
    "Media",
    "Aerospace",
    "Packaging",
)
FINANCE_SECTORS = ("Capital", "Partners", "Ventures", "Equity")

# -- who they are, per persona: titles, how we met, what I noted about them --------------

TITLES: dict[str, tuple[str, ...]] = {
    "confidant": ("CEO", "Group CEO"),
    "sparring": ("Managing partner", "Operating partner"),
    "peer": ("CEO", "President", "COO"),
    "peer_shared": ("CEO", "Group CEO", "CEO and co-founder"),
    "retreat_friend": ("CEO", "Founder and CEO"),
    "retreat_quiet": ("CEO", "CFO"),
    "fading_quiet": ("CEO", "COO", "Chief People Officer"),
    "fading_polished": ("CEO", "President"),
    "mentor": ("Former chair", "Former CEO"),
    "confessor": ("CEO", "Founder and CEO"),
    "one_way_me": ("Investor director on our board", "Lead investor", "Senior adviser"),
    "networker": ("Partner", "Managing director", "Head of partnerships"),
    "success_teller": ("CEO", "Founder and CEO"),
    "mostly_polish": ("Chief commercial officer", "CEO", "Chief strategy officer"),
    "surface": ("VP strategy", "Country manager", "Head of innovation"),
    "summit_contact": ("Founder", "Chief growth officer", "CEO", "Managing partner"),
    "single": ("CEO", "COO", "CFO"),
    "untagged": ("CEO", "Managing director"),
    "new_promising": ("CFO", "CEO", "Chief product officer"),
}
FINANCE_PERSONAS = ("sparring", "one_way_me", "networker")

HOW_MET: dict[str, tuple[str, ...]] = {
    "confidant": (
        "We were first-time CEOs in the same portfolio in {year}; we have called each other "
        "ever since.",
        "Worked together at {co} years ago; the one colleague who stayed a friend.",
    ),
    "sparring": (
        "Led the due diligence on our last round; stayed in touch because they asked the "
        "hardest questions.",
        "Introduced by our chair in {year} as “the person who will tell you no”.",
    ),
    "peer": ("Met at {gathering} in {place}.", "Sat next to each other at {gathering}."),
    "peer_shared": (
        "Met at {gathering} in {place}; we run companies of the same size.",
        "One of the regulars from {gathering}.",
    ),
    "retreat_friend": ("Met at {gathering} in {place}.", "Shared a table at {gathering}."),
    "retreat_quiet": ("Met at {gathering} in {place}.",),
    "fading_quiet": (
        "Former COO at {co}; my closest adviser in my first year as CEO.",
        "We did the same leadership programme in {year} and met monthly after.",
    ),
    "fading_polished": (
        "Fellow CEO in the same industry association; we used to meet every few weeks.",
        "Worked side by side on the industry standards committee in {year}.",
    ),
    "mentor": ("My first boss; chaired my previous company.", "A mentor since {year}."),
    "confessor": (
        "Met through a customer in {year}; calls me when things get hard.",
        "Neighbours for a while; started talking shop over the fence.",
    ),
    "one_way_me": (
        "Joined our board with the {year} investment.",
        "Has been on our board since before I was CEO.",
    ),
    "networker": (
        "Introduced at an investor dinner in {year}.",
        "Came to us with a deal in {year} and never quite left.",
        "Everyone's connector; we met at a panel in {place}.",
    ),
    "success_teller": (
        "Met at a conference in {place} in {year}.",
        "Industry peer; we keep ending up at the same events.",
    ),
    "mostly_polish": ("Met when {co} bid for our logistics contract.", "Met on a panel in {year}."),
    "surface": ("Met at a trade fair in {place}.", "Introduced at a reception in {place}."),
    "summit_contact": ("Met at {gathering} in {place}.", "Swapped cards at {gathering}."),
    "single": ("Introduced by a mutual friend last month.", "Met at a client's event recently."),
    "untagged": ("{co} supplies our Tilburg line.", "Our new supplier contact at {co}."),
    "new_promising": (
        "Introduced by our new CFO.",
        "Met at a small dinner in {place} this year.",
    ),
}

PERSON_NOTES: dict[str, tuple[str, ...]] = {
    "confidant": (
        "The first person I call when something is going badly. Tells me when I am wrong.",
        "Knows Corvane almost as well as I do; never gives advice that ignores our board.",
    ),
    "sparring": (
        "Hard questions, no small talk. Do not bring them a half-thought; bring them a doubt.",
        "Will take any framing apart. Exhausting and worth it.",
    ),
    "peer": ("Same size company, same kind of board.", "Runs a business that rhymes with ours."),
    "peer_shared": (
        "We compare notes on boards, pricing and people; rarely advice, always context.",
        "Good for “is it just us?” questions.",
    ),
    "retreat_friend": (
        "The retreat was the start; we have kept talking since.",
        "One of the few real connections from that week.",
    ),
    "retreat_quiet": ("Good session at the retreat; we have not really followed up.",),
    "fading_quiet": (
        "Used to be a monthly call. I let it lapse when things got busy.",
        "We were close in my first year. I should call.",
    ),
    "fading_polished": (
        "We used to talk honestly. Since their promotion it is all announcements.",
        "Something changed after their new job; the conversations got shinier.",
    ),
    "mentor": ("Retired now. Taught me how to run a board meeting.",),
    "confessor": (
        "Brings me everything that is going wrong. I listen; I rarely give anything back.",
        "Calls often, usually late, usually about something failing.",
    ),
    "one_way_me": (
        "I bring them my hard calls. Reassuring, always; revealing, never.",
        "Generous with time. Never tells me what they would do.",
    ),
    "networker": (
        "Knows everyone; every conversation ends with an intro or an ask.",
        "Useful for intros. Not the person for a hard conversation.",
    ),
    "success_teller": (
        "Every conversation is a highlight reel.",
        "Always winning, apparently. I have never heard about a bad quarter.",
    ),
    "mostly_polish": (
        "Pleasant, commercial, mostly on the surface.",
        "Once, over a late drink, it went deeper. Usually it does not.",
    ),
    "surface": ("Nice; I could not tell you what they actually think.",),
    "summit_contact": ("A card from {gathering}.", "Met at {gathering}; a follow-up or two."),
    "single": ("Only met once. Promising.", "One good conversation so far."),
    "untagged": ("Supplier relationship; notes are operational.",),
    "new_promising": ("Early days. Second conversation was better than the first.",),
}

PERSONAL = (
    "Two teenagers, one in boarding school.",
    "Rows on Saturday mornings; do not call before eleven.",
    "Prefers calls before 8:00, never texts.",
    "Ex-consultant; still talks in frameworks when nervous.",
    "Grew up above the family bakery; hates waste.",
    "Moved countries three times in ten years.",
    "Reads history, mostly the nineteenth century.",
    "Trains for marathons, badly, by their own account.",
    "Caring for an ill parent this year.",
    "Fluent in four languages, swears in a fifth.",
    "Vegetarian; pick the restaurant accordingly.",
    "Plays the cello in an amateur orchestra.",
    "",
    "",
)
