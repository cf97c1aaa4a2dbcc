/// The built-in dataset: crime statistics for Peru, taken only from the five
/// news articles in the project's seed folder (`shared/seeds/` beside the repository).
///
/// Provenance rules, which every row in the script follows:
///
/// - Every number comes from one of the five articles, written as the text
///   writes it. There is no rounding, no unit conversion and no interpolation.
///   The only rewrite is spelling out "1.2 million"-style words as plain
///   numbers (e.g. "S/ 14.089 billion" becomes `14089000000.0`), and a comment
///   says so wherever that happens. Values in DOUBLE columns are always
///   written with a decimal point, so no integer-to-double coercion is needed.
/// - Every row's `source` is an `id` in the `sources` table. That table gives
///   the seed file the row comes from, plus its title, publisher, author and
///   date as far as the article states them (NULL where it does not).
/// - Above each row, or small group of rows, a `--` comment quotes the
///   sentence the figure comes from (shortened with … when long).
/// - Anything the text does not say is NULL: no year, no place, no day.
///   Estimates, attributed claims, lower bounds ("over", "at least"),
///   approximations ("approximately", "fivefold") and disputes go into
///   `note` as well as into the comments.
///
/// `Tests/tools/check_builtins.py` re-runs this script in DuckDB. It checks the
/// schema, the allowed syntax and the source ids, and checks that each number
/// appears in the text of its seed article. See `SOURCES.md` for a readable
/// account of each table.
///
/// The script uses only `create table`, `insert into … values` with literal
/// values, and `--` comments.
package enum BuiltinScript {
    /// SQL run at start-up to create the built-in tables.
    package static let sql: String = #"""
    -- =====================================================================
    -- Peruse built-in dataset. Every figure below is traceable to one of the
    -- five seed articles listed in table `sources`. Comments quote the text.
    -- =====================================================================

    -- ---------------------------------------------------------------------
    -- sources: one row per seed article.
    -- `published` is given only where the article prints a date; `author` is
    -- NULL where no person is named. No article's date or publisher is guessed.
    -- ---------------------------------------------------------------------
    create table sources (id VARCHAR, title VARCHAR, publisher VARCHAR, author VARCHAR, published VARCHAR, file VARCHAR);

    -- 000: "Peru: Generalized Insecurity Fueled by Organized Crime" / "by time news" /
    -- "2025-04-02 15:54:00". The byline names the outlet (Time News, "Time.news" in
    -- the Q&A), not a person, so author is NULL.
    insert into sources values
        ('timenews-2025', 'Peru: Generalized Insecurity Fueled by Organized Crime', 'Time News', null, '2025-04-02 15:54:00', '000_d1008991277e1546.txt');

    -- 001: "Peru’s Intensifying Battle Against Organized Crime Amid Political Unrest".
    -- The seed gives no publisher, author or date.
    insert into sources values
        ('unsigned-orgcrime', 'Peru’s Intensifying Battle Against Organized Crime Amid Political Unrest', null, null, null, '001_7aa5d13fabe71821.txt');

    -- 002: "Peru’s Fierce Fight Against Organized Crime: Lima Struggles Amid Surging
    -- Violence", with the line "Focus – Peru’s battle against organised crime: Lima
    -- gripped by rampant violence – France 24". The text names France 24 (it reads
    -- like a rewrite of a France 24 "Focus" piece) but gives no author or date,
    -- which is why the id carries no year.
    insert into sources values
        ('france24-focus', 'Peru’s Fierce Fight Against Organized Crime: Lima Struggles Amid Surging Violence', 'France 24', null, null, '002_771693e1f627fa89.txt');

    -- 003: "Peru Minister Says Eroded Enforcement Boosts Insecurity",
    -- "www.insightcrime.org /newsbriefs/peruviancitizensincreasinglyfeelinsecure",
    -- "Written by Luis Fernando Alonso". No date is printed (the events are dated
    -- "August 22" with no year).
    insert into sources values
        ('insightcrime-basombrio', 'Peru Minister Says Eroded Enforcement Boosts Insecurity', 'InSight Crime', 'Luis Fernando Alonso', null, '003_b5f78233c7c9bf95.txt');

    -- 004: no headline. The text opens with a photo credit ("Foto: El Universal.")
    -- and the line "The authorities, for their part, say they will not allow the
    -- country to become a «second Ecuador»." It is signed "Karla Velezmoro"
    -- ("Photography: Víctor Mallqui"). No publisher or date is stated: the photo
    -- credit does not make El Universal the publisher. Title is NULL.
    insert into sources values
        ('velezmoro-extortion', null, null, 'Karla Velezmoro', null, '004_339cb643455f02b6.txt');

    -- ---------------------------------------------------------------------
    -- crime: the table in the France 24 piece (002), headed
    --   "Year % Change in Crime Rate"
    --   "2019 5.5%" "2020 8.2%" "2021 12.1%" "2022 15.4%" "2023* *18% (estimated)"
    -- `rate` is that column's value in percent, exactly as printed. The table
    -- does not say what the change is measured against (year-on-year, or
    -- cumulative since some base year) or who compiled it. The sentence just
    -- before it is about Lima: "between 2019 and 2023, violent crime rates in Lima
    -- surged by approximately 18%, according to reports from Peru’s National
    -- Institute of Statistics (INEI)". That matches the 2023 row and suggests the
    -- figures are cumulative and for Lima. It is unclear, so do not sum or
    -- compound the rows.
    -- ---------------------------------------------------------------------
    create table crime (year BIGINT, rate DOUBLE, estimated BOOLEAN, source VARCHAR);

    -- "2019 5.5%" / "2020 8.2%" / "2021 12.1%" / "2022 15.4%"
    insert into crime values
        (2019, 5.5, false, 'france24-focus'),
        (2020, 8.2, false, 'france24-focus'),
        (2021, 12.1, false, 'france24-focus'),
        (2022, 15.4, false, 'france24-focus');
    -- "2023* *18% (estimated)"
    insert into crime values
        (2023, 18.0, true, 'france24-focus');

    -- ---------------------------------------------------------------------
    -- extortion: extortion reports for Peru, only for the years an article
    -- states. Only article 004 gives yearly counts, and it gives only 2021 and
    -- 2023, so there is no 2022 row. No two articles conflict.
    -- ---------------------------------------------------------------------
    create table extortion (year BIGINT, reports BIGINT, source VARCHAR);

    -- "…reports have surged from 4,119 in 2021 to 19,401 in 2023, meaning a
    -- fivefold increase in just two years." (The "fivefold" claim is in
    -- indicators as extortion_reports_growth_factor, with the real ratio.)
    insert into extortion values
        (2021, 4119, 'velezmoro-extortion'),
        (2023, 19401, 'velezmoro-extortion');

    -- ---------------------------------------------------------------------
    -- indicators: every other figure the articles state.
    -- year  = the year the figure refers to, NULL if the text gives none. Figures
    --         over a period, such as "between 2019 and 2023", have year NULL and
    --         the period in the note.
    -- place = where the figure applies, NULL if not stated.
    -- note  = caveats: estimates, lower bounds, attributed claims, disputes.
    -- value is DOUBLE and always written with a decimal point (18.0 for "18%").
    -- Article 000 (timenews-2025) states no figures, only dated events (below).
    -- ---------------------------------------------------------------------
    create table indicators (name VARCHAR, value DOUBLE, unit VARCHAR, year BIGINT, place VARCHAR, source VARCHAR, note VARCHAR);

    -- 002 (France 24): "Recent data underscores this troubling trend: between 2019
    -- and 2023, violent crime rates in Lima surged by approximately 18%, according
    -- to reports from Peru’s National Institute of Statistics (INEI)."
    insert into indicators values
        ('violent_crime_rate_change', 18.0, 'percent', null, 'Lima', 'france24-focus', 'approximate ("approximately 18%"); change over 2019–2023, attributed to INEI reports; the same article''s table gives 18% (estimated) for 2023 alone, so it is unclear whether that table is cumulative or year-on-year');

    -- 001 (unsigned): "Despite ongoing government campaigns targeting narcotics
    -- production zones—with recent data showing coca cultivation increased by
    -- approximately 15% over the past two years—…". The paragraph is about Peru.
    -- The article is undated, so "the past two years" cannot be pinned down, and it
    -- names no source for the data.
    insert into indicators values
        ('coca_cultivation_change', 15.0, 'percent', null, 'Peru', 'unsigned-orgcrime', 'approximate ("approximately 15%"); increase "over the past two years" in an undated article; "recent data" with no source named');

    -- 003 (InSight Crime): "Peru's Interior minister … said 90 percent of Peruvians
    -- do not feel safe…" and "it is unclear where Basombrío's statistic of 90
    -- percent came from. In 2014, Vanderbilt University's Latin American Public
    -- Opinion Project (LAPOP) survey had 56.6 percent of Peruvians reporting
    -- feelings of insecurity."
    -- Both rows share one name so that the minister's claim and the survey can
    -- be compared.
    insert into indicators values
        ('population_feeling_insecure', 90.0, 'percent', null, 'Peru', 'insightcrime-basombrio', 'claim by Interior Minister Carlos Basombrío to Congress ("do not feel safe"); InSight Crime says it is unclear where the figure came from; compare the 2014 LAPOP survey (56.6 percent)'),
        ('population_feeling_insecure', 56.6, 'percent', 2014, 'Peru', 'insightcrime-basombrio', 'Vanderbilt University LAPOP survey ("reporting feelings of insecurity"); cited by InSight Crime against the minister''s 90 percent claim');

    -- 003: "The amount of cocaine produced in Peru is estimated at between 200
    -- and 400 tons, yet we are only confiscating 10 tons per year," the minister
    -- said.
    insert into indicators values
        ('cocaine_produced_low', 200.0, 'tons', null, 'Peru', 'insightcrime-basombrio', 'lower bound of an estimate ("between 200 and 400 tons"), quoted from the Interior Minister; period not stated'),
        ('cocaine_produced_high', 400.0, 'tons', null, 'Peru', 'insightcrime-basombrio', 'upper bound of an estimate ("between 200 and 400 tons"), quoted from the Interior Minister; period not stated'),
        ('cocaine_seized', 10.0, 'tons per year', null, 'Peru', 'insightcrime-basombrio', 'claim by the Interior Minister ("only confiscating 10 tons per year")');

    -- 003: "On August 22, Deputy Minister of Public Order Ismael Vargas Céspedes
    -- revealed the findings of an investigative working group that confirmed at
    -- least 9 police, including two higher ranking officers, were involved in
    -- executions of at least 20 civilians." (Year of August 22 not stated.)
    insert into indicators values
        ('police_implicated_in_executions', 9.0, 'people', null, 'Peru', 'insightcrime-basombrio', 'lower bound ("at least 9 police"); findings of an investigative working group'),
        ('senior_police_implicated_in_executions', 2.0, 'people', null, 'Peru', 'insightcrime-basombrio', '"two higher ranking officers", included in the 9 police'),
        ('civilians_executed_by_police', 20.0, 'people', null, 'Peru', 'insightcrime-basombrio', 'lower bound ("at least 20 civilians"); the officers are accused of claiming the victims had been killed in confrontations');

    -- 003: "Peru's annual homicide rate of 7 per 100,000 inhabitants is relatively
    -- low for the region, despite the country's role as South America's second
    -- biggest producer of the coca leaf … There are 16 other nations in Latin
    -- America and the Caribbean with higher homicide rates that Peru."
    insert into indicators values
        ('homicide_rate', 7.0, 'per 100,000 people', null, 'Peru', 'insightcrime-basombrio', 'annual rate; the text says "per 100,000 inhabitants"; year not given'),
        ('countries_with_higher_homicide_rate', 16.0, 'count', null, 'Latin America and the Caribbean', 'insightcrime-basombrio', 'other nations in the region with a higher homicide rate than Peru; year not given'),
        ('coca_leaf_producer_rank', 2.0, 'rank', null, 'South America', 'insightcrime-basombrio', 'Peru is "South America''s second biggest producer of the coca leaf"');

    -- 003: "Kidnapping rates in Peru were the highest in Latin America at 2.3 per
    -- 100,000 people in 2014, according to the United Nations Office on Drugs and
    -- Crime (UNODC) ."
    insert into indicators values
        ('kidnapping_rate', 2.3, 'per 100,000 people', 2014, 'Peru', 'insightcrime-basombrio', 'according to UNODC; the highest in Latin America');

    -- 003: "Illegal gold mining is estimated to be worth $2.6 billion in exports,
    -- according to a report from The Global Initiative Against Transnational
    -- Organized Crime (pdf)."  "$2.6 billion" is written out as 2600000000.0.
    insert into indicators values
        ('illegal_gold_mining_exports', 2600000000.0, 'US dollars', null, 'Peru', 'insightcrime-basombrio', 'estimate ("$2.6 billion"), from a Global Initiative Against Transnational Organized Crime report; the text writes "$", taken as US dollars; year not given');

    -- 004 (Velezmoro): "Carlos is one of over 19,000 Peruvians who reported being
    -- victims of extortion in 2023. An alarming figure considering that reports
    -- have surged from 4,119 in 2021 to 19,401 in 2023, meaning a fivefold increase
    -- in just two years."
    -- "over 19,000" is a rounded restatement of the 19,401 reports in table
    -- extortion, so do not add the two. "fivefold" is the article's word: its own
    -- numbers give 19,401 / 4,119 ≈ 4.71.
    insert into indicators values
        ('extortion_victims', 19000.0, 'people', 2023, 'Peru', 'velezmoro-extortion', 'lower bound ("over 19,000 Peruvians who reported being victims"); a rounded restatement of the 19,401 reports in table extortion, not an extra count'),
        ('extortion_reports_growth_factor', 5.0, 'ratio', null, 'Peru', 'velezmoro-extortion', '"fivefold increase in just two years" (2021 to 2023) as the article words it; its own figures give 19,401 / 4,119 ≈ 4.71');

    -- 004: "According to the polling firm DATUM, 56% of the population believes
    -- that crime will increase in 2024, and 94% think that the state of emergency
    -- does not work."
    insert into indicators values
        ('expect_crime_to_increase', 56.0, 'percent', null, 'Peru', 'velezmoro-extortion', 'DATUM poll: share who believe crime will increase in 2024; survey date not given'),
        ('think_state_of_emergency_fails', 94.0, 'percent', null, 'Peru', 'velezmoro-extortion', 'DATUM poll: share who "think that the state of emergency does not work"; survey date not given');

    -- 004: "Currently, it only has 21% of the necessary budget to operate
    -- effectively… These concerns were expressed by the former Attorney General,
    -- Patricia Benavides, … to justify the budget request for the year 2024.
    -- Benavides requested a total of S/ 14.089 billion, a significantly higher
    -- figure compared to the current budget of only S/ 3.044 billion."
    -- "S/ 14.089 billion" is written out as 14089000000.0 and "S/ 3.044 billion"
    -- as 3044000000.0 (S/ = Peruvian soles).
    insert into indicators values
        ('public_ministry_budget_share', 21.0, 'percent', null, 'Peru', 'velezmoro-extortion', 'share of the necessary budget the Public Ministry "currently" has, per former Attorney General Patricia Benavides; year not stated; 3.044 / 14.089 ≈ 21.6%'),
        ('public_ministry_budget_request', 14089000000.0, 'soles', 2024, 'Peru', 'velezmoro-extortion', 'requested by Patricia Benavides for 2024; "S/ 14.089 billion"'),
        ('public_ministry_budget', 3044000000.0, 'soles', null, 'Peru', 'velezmoro-extortion', '"the current budget" at the time of the 2024 request; its year is not stated; "S/ 3.044 billion"');

    -- 004: "In Peru, prisons house 95,000 inmates, significantly exceeding their
    -- designated capacity of 41,000 prisoners, resulting in overcrowding that
    -- exceeds 130%."
    insert into indicators values
        ('prison_population', 95000.0, 'people', null, 'Peru', 'velezmoro-extortion', 'inmates; year not given'),
        ('prison_capacity', 41000.0, 'people', null, 'Peru', 'velezmoro-extortion', 'designated capacity; year not given'),
        ('prison_overcrowding', 130.0, 'percent', null, 'Peru', 'velezmoro-extortion', 'lower bound ("exceeds 130%"); the article''s own figures give 95,000 / 41,000 ≈ 232% occupancy, i.e. about 132% over capacity');

    -- 004: "…if last year we dismantled five lines of the Aragua Train with the
    -- minimum resources that the Public Ministry and the National Police have."
    -- (prosecutor Jorge Chávez Cotrina; the interview is undated, so "last year"
    -- has no year)
    insert into indicators values
        ('aragua_train_lines_dismantled', 5.0, 'count', null, 'Peru', 'velezmoro-extortion', 'claim by prosecutor Jorge Chávez Cotrina; "last year" relative to an undated interview');

    -- 004: "Located in the Peruvian highlands at over 4,000 meters above sea level,
    -- the temperature can drop to -20°C during frosty weather." (Challapalca prison)
    insert into indicators values
        ('challapalca_prison_altitude', 4000.0, 'meters above sea level', null, 'Challapalca prison', 'velezmoro-extortion', 'lower bound ("over 4,000 meters")'),
        ('challapalca_min_temperature', -20.0, 'degrees Celsius', null, 'Challapalca prison', 'velezmoro-extortion', '"can drop to -20°C during frosty weather"');

    -- 004: "«We are going to build two prisons. You can see how much it costs…»"
    -- (INPE president Javier Llaque)
    insert into indicators values
        ('new_prisons_planned', 2.0, 'count', null, 'Peru', 'velezmoro-extortion', 'announced by INPE president Javier Llaque');

    -- 004: "…now there are trials of 500, of 900." (Llaque on El Salvador's
    -- president). The text does not say what the numbers count; presumably
    -- defendants per trial.
    insert into indicators values
        ('mass_trial_size', 500.0, 'count', null, 'El Salvador', 'velezmoro-extortion', 'claim by Javier Llaque ("trials of 500, of 900"); what is counted is not stated, presumably defendants per trial'),
        ('mass_trial_size', 900.0, 'count', null, 'El Salvador', 'velezmoro-extortion', 'claim by Javier Llaque ("trials of 500, of 900"); what is counted is not stated, presumably defendants per trial');

    -- ---------------------------------------------------------------------
    -- events: dated events, with no more precision than the text gives.
    -- month and day are NULL when the text leaves them out. year is NULL when
    -- the text gives none, which happens for "August 22" in the undated article
    -- 003 and "September of last year" in the undated article 004.
    -- note records how the date or place was read.
    -- Undated happenings (e.g. "The Minister of the Interior was promptly
    -- dismissed", or the murder "just a few days ago" in 004) are left out.
    -- ---------------------------------------------------------------------
    create table events (year BIGINT, month BIGINT, day BIGINT, place VARCHAR, event VARCHAR, source VARCHAR, note VARCHAR);

    -- 000: "On a somber day in March 2025, the Peruvian music scene was struck by
    -- tragedy. Paul Flores, a beloved Cumbia singer, was assassinated in a brutal
    -- attack that reverberated through the streets of Lima and beyond."
    insert into events values
        (2025, 3, null, null, 'Cumbia singer Paul Flores is assassinated', 'timenews-2025', 'the text gives only "a somber day in March 2025" and does not say where the attack happened (it "reverberated through the streets of Lima and beyond")');

    -- 000: "…the Peruvian government declared a state of emergency on March 17,
    -- 2025, in Lima and the nearby province of Callao."
    insert into events values
        (2025, 3, 17, 'Lima and Callao', 'The government declares a state of emergency in Lima and the nearby province of Callao', 'timenews-2025', null);

    -- 003: "Speaking to Congress on August 22, Minster Carlos Basombrío said the
    -- country's security problem was rooted in the state's weakened response to
    -- violent crime…"
    -- 003: "On August 22, Deputy Minister of Public Order Ismael Vargas Céspedes
    -- revealed the findings of an investigative working group…"
    insert into events values
        (null, 8, 22, null, 'Interior Minister Carlos Basombrío tells Congress that 90 percent of Peruvians do not feel safe', 'insightcrime-basombrio', 'year not stated; the article is undated'),
        (null, 8, 22, null, 'Deputy Minister of Public Order Ismael Vargas Céspedes reveals that at least 9 police were involved in executions of at least 20 civilians', 'insightcrime-basombrio', 'year not stated; the article is undated');

    -- 004: "«All this situation started in the early hours of November 24, 2023,
    -- when some individuals on a motorcycle got off and shot directly at my shop.
    -- … Then, on November 30, they attacked again and left a note saying that you
    -- have to pay protection money…»"
    -- The shop was in Lima: he "was forced to close his business and leave the
    -- capital, Lima".
    insert into events values
        (2023, 11, 24, 'Lima', 'Gunmen on a motorcycle shoot at the shop of "Carlos", a textile entrepreneur', 'velezmoro-extortion', '"Carlos" is a pseudonym; "in the early hours"'),
        (2023, 11, 30, 'Lima', 'Second attack on the same shop; a note demands protection money', 'velezmoro-extortion', 'year read from the same quote, which begins "November 24, 2023"');

    -- 004: "It is worth remembering that in September of last year, following the
    -- declaration of a state of emergency in the districts of San Juan de
    -- Lurigancho, San Martín de Porres, and the province of Sullana, located in
    -- the Piura region, a joint operation was carried out between the National
    -- Penitentiary Institute (INPE) and the Ministry of Defense inside the Miguel
    -- Castro Castro prison."
    -- The sentence dates only the operation ("in September of last year"). The
    -- state of emergency came before it ("following") and has no date of its
    -- own, so it has no row here and is mentioned in the operation's row.
    insert into events values
        (null, 9, null, 'Miguel Castro Castro prison', 'Following a state of emergency in San Juan de Lurigancho, San Martín de Porres and the province of Sullana (Piura), a joint INPE and Ministry of Defense operation inside the prison finds a record of phone numbers suspected of being used for extortion', 'velezmoro-extortion', '"September of last year"; the article is undated, so the year is not stated');
    """#
}
