"""The default parameter set, copied from the project's health-method reference.

Each entry is one row of ``shared/reference/health-method.md`` with its source
as the reference gives it; nothing here is invented. Where the method needs a
number the reference does not give (DALYs per chronic bronchitis or lung
cancer case), the default is 0 and the description says so: those cases are
still counted, but weigh nothing in the DALY total until the project enters a
sourced value. :func:`default_parameters` builds a fresh validated set.
"""

from __future__ import annotations

from .parameters import Parameter, ParameterKey, ParameterKind, ParameterSet

K = ParameterKey
RR = ParameterKind.RELATIVE_RISK
FRACTION = ParameterKind.FRACTION
POSITIVE = ParameterKind.POSITIVE
NON_NEGATIVE = ParameterKind.NON_NEGATIVE
COEFFICIENT = ParameterKind.COEFFICIENT

RR_UNIT = "RR per 10 µg/m³"
EUR_KG = "€/kg (EU27, prijspeil 2021)"
NOISE_ERF = "WHO Environmental Noise Guidelines 2018 (Guski et al. 2017; Basner & McGuire 2018)"
CE_DELFT = "CE Delft, Environmental Prices Handbook 2024 (EU27)"
HRAPIE = "WHO HRAPIE 2013"
NOT_IN_REFERENCE = (
    "Niet in de referentie (health-method.md); standaard 0, dus deze gevallen wegen "
    "niet mee in de DALY's tot het project een waarde met bron invult."
)

# The table is kept one-entry-per-row by hand so it reads against the
# reference side by side; the formatter would spread each row over ten lines.
# fmt: off
_DEFAULTS: tuple[Parameter, ...] = (
    # Long-term air pollution: log-linear concentration-response functions.
    Parameter(K.RR_PM25_MORTALITY, 1.08, RR_UNIT, "Chen & Hoek 2020; WHO AQG 2021",
              "Relatief risico sterfte (natuurlijke oorzaken) door PM2.5, langdurige "
              "blootstelling, volwassenen. Standaard.", RR, 1.06, 1.09),
    Parameter(K.RR_PM25_MORTALITY_HRAPIE, 1.062, RR_UNIT, HRAPIE,
              "Relatief risico sterfte (alle oorzaken, 30+) door PM2.5; conservatieve keuze.",
              RR, 1.040, 1.083),
    Parameter(K.RR_NO2_MORTALITY, 1.02, RR_UNIT, "Huangfu & Atkinson 2020; WHO AQG 2021",
              "Relatief risico sterfte (alle oorzaken) door NO2, niet gecorrigeerd voor overlap "
              "met PM2.5; niet optellen bij PM2.5-sterfte.", RR, 1.01, 1.04),
    Parameter(K.RR_NO2_MORTALITY_ADJUSTED, 1.01, RR_UNIT, "COMEAP 2018; CE Delft 2024",
              "Relatief risico sterfte door NO2, gecorrigeerd voor overlap met PM2.5, zodat "
              "NO2- en PM2.5-sterfte opgeteld mogen worden. Standaard.", RR),
    Parameter(K.RR_NO2_MORTALITY_HRAPIE, 1.055, RR_UNIT, HRAPIE,
              "Relatief risico sterfte (alle oorzaken, 30+) door NO2, alleen boven 20 µg/m³.",
              RR, 1.031, 1.080),
    Parameter(K.CUTOFF_NO2_HRAPIE, 20.0, "µg/m³", HRAPIE,
              "Drempel waarboven de HRAPIE-functie voor NO2-sterfte telt.", NON_NEGATIVE),
    Parameter(K.RR_PM10_CHRONIC_BRONCHITIS, 1.117, RR_UNIT, HRAPIE,
              "Relatief risico nieuwe gevallen chronische bronchitis (volwassenen 18+) door PM10.",
              RR, 1.040, 1.189),
    Parameter(K.RR_PM10_BRONCHITIS_CHILDREN, 1.08, RR_UNIT, HRAPIE,
              "Relatief risico prevalentie bronchitis bij kinderen (6-12 jaar) door PM10; "
              "niet gebruikt in de standaardberekening.", RR, 0.98, 1.19),
    Parameter(K.CRF_INCREMENT, 10.0, "µg/m³", "WHO AQG 2021; HRAPIE 2013",
              "Concentratiestap waarop de relatieve risico's betrekking hebben.", POSITIVE),
    # Carcinogens.
    Parameter(K.BAP_UNIT_RISK, 8.7e-5, "per ng/m³, levenslang",
              "WHO Air Quality Guidelines for Europe 2000, hfst. 5.9 (PAK)",
              "Unit risk benzo[a]pyreen (merkstof voor PAK): extra kans op longkanker bij "
              "levenslange blootstelling aan 1 ng/m³.", POSITIVE),
    Parameter(K.LIFETIME_YEARS, 70.0, "jaar",
              "WHO Air Quality Guidelines for Europe 2000, hfst. 5.9 (PAK)",
              "Levensduur waarover de unit risk geldt; gevallen per jaar = levenslang / 70.",
              POSITIVE),
    # Noise: WHO 2018 road-traffic curves, a flagged proxy for industrial noise.
    Parameter(K.NOISE_HA_INTERCEPT, 78.9270, "%", NOISE_ERF,
              "Constante in %ernstig gehinderd = a + b·Lden + c·Lden² (wegverkeer; "
              "proxy voor industrielawaai).", COEFFICIENT),
    Parameter(K.NOISE_HA_LINEAR, -3.1162, "% per dB", NOISE_ERF,
              "Lineaire term b in de curve voor ernstige hinder.", COEFFICIENT),
    Parameter(K.NOISE_HA_QUADRATIC, 0.0342, "% per dB²", NOISE_ERF,
              "Kwadratische term c in de curve voor ernstige hinder.", COEFFICIENT),
    Parameter(K.NOISE_HSD_INTERCEPT, 19.4312, "%", NOISE_ERF,
              "Constante in %ernstig slaapverstoord = a + b·Lnight + c·Lnight² (wegverkeer; "
              "proxy voor industrielawaai).", COEFFICIENT),
    Parameter(K.NOISE_HSD_LINEAR, -0.9336, "% per dB", NOISE_ERF,
              "Lineaire term b in de curve voor ernstige slaapverstoring.", COEFFICIENT),
    Parameter(K.NOISE_HSD_QUADRATIC, 0.0126, "% per dB²", NOISE_ERF,
              "Kwadratische term c in de curve voor ernstige slaapverstoring.", COEFFICIENT),
    Parameter(K.NOISE_TONAL_PENALTY, 5.0, "dB", NOISE_ERF,
              "Toeslag voor tonaal of impulsachtig geluid, opgeteld bij niveau vóór en na.",
              NON_NEGATIVE),
    Parameter(K.NOISE_GUIDELINE_LDEN, 53.0, "dB", "WHO Environmental Noise Guidelines 2018",
              "Advieswaarde wegverkeerslawaai Lden (context voor grafieken).", NON_NEGATIVE),
    Parameter(K.NOISE_GUIDELINE_LNIGHT, 45.0, "dB", "WHO Environmental Noise Guidelines 2018",
              "Advieswaarde wegverkeerslawaai Lnight (context voor grafieken).", NON_NEGATIVE),
    # Disability weights and years of life.
    Parameter(K.DW_HIGHLY_ANNOYED, 0.02, "DALY per persoon per jaar", "WHO 2018",
              "Wegingsfactor ernstige geluidhinder.", FRACTION, 0.01, 0.12),
    Parameter(K.DW_HIGHLY_SLEEP_DISTURBED, 0.07, "DALY per persoon per jaar", "WHO 2011",
              "Wegingsfactor ernstige slaapverstoring door geluid.", FRACTION),
    Parameter(K.DALYS_PER_CHRONIC_BRONCHITIS_CASE, 0.0, "DALY per nieuw geval",
              "geen (niet in de referentie)",
              "DALY's per nieuw geval chronische bronchitis (wegingsfactor × duur). "
              + NOT_IN_REFERENCE, NON_NEGATIVE),
    Parameter(K.DALYS_PER_LUNG_CANCER_CASE, 0.0, "DALY per geval",
              "geen (niet in de referentie)",
              "DALY's per geval longkanker. " + NOT_IN_REFERENCE, NON_NEGATIVE),
    Parameter(K.YLL_PER_DEATH, 10.7, "levensjaren per sterfgeval",
              "NEEDS-project, zoals gebruikt door CE Delft",
              "Verloren levensjaren per aan luchtverontreiniging toe te schrijven sterfgeval.",
              POSITIVE),
    Parameter(K.YLL_PER_PERSON_PER_UG_PM25, 7.8e-4, "levensjaren per persoon per µg/m³ per jaar",
              "CE Delft 2024 (346.411 levensjaren per µg/m³, EU27 2019, ca. 447 mln inwoners)",
              "Levenstabel-kruiscontrole op het aantal verloren levensjaren door PM2.5.",
              POSITIVE),
    # Money.
    Parameter(K.VOLY, 85_000.0, "€ per levensjaar (prijspeil 2021)", CE_DELFT,
              "Waarde van een levensjaar (VOLY), ook gebruikt voor een DALY.",
              POSITIVE, 57_500.0, 128_000.0),
    Parameter(K.PRICE_PM25, 81.2, EUR_KG, CE_DELFT,
              "Schade per kg uitgestoten PM2.5. Niet samen met PM10 voor hetzelfde stof.",
              NON_NEGATIVE, 55.4, 134.0),
    Parameter(K.PRICE_PM10, 44.3, EUR_KG, CE_DELFT,
              "Schade per kg uitgestoten PM10. Niet samen met PM2.5 voor hetzelfde stof.",
              NON_NEGATIVE, 29.7, 73.3),
    Parameter(K.PRICE_NOX, 19.3, EUR_KG, CE_DELFT, "Schade per kg uitgestoten NOx.",
              NON_NEGATIVE, 12.8, 31.1),
    Parameter(K.PRICE_SO2, 26.6, EUR_KG, CE_DELFT, "Schade per kg uitgestoten SO2.",
              NON_NEGATIVE, 16.9, 45.3),
    Parameter(K.PRICE_NH3, 25.2, EUR_KG, CE_DELFT, "Schade per kg uitgestoten NH3.",
              NON_NEGATIVE),
    Parameter(K.PRICE_BAP, 5_704.0, EUR_KG, CE_DELFT,
              "Schade per kg uitgestoten benzo[a]pyreen.", NON_NEGATIVE),
    Parameter(K.PRICE_LEAD, 27_287.0, EUR_KG, CE_DELFT, "Schade per kg uitgestoten lood.",
              NON_NEGATIVE),
    Parameter(K.PRICE_CO2, 0.13, EUR_KG, CE_DELFT, "Schade per kg uitgestoten CO2.",
              NON_NEGATIVE),
    Parameter(K.PRICE_HOSPITAL_RESPIRATORY, 5_407.0, "€ per opname", CE_DELFT,
              "Kosten ziekenhuisopname luchtwegen (centraal); niet gebruikt in de "
              "standaardberekening.", NON_NEGATIVE),
    Parameter(K.PRICE_HOSPITAL_CARDIOVASCULAR, 6_759.0, "€ per opname", CE_DELFT,
              "Kosten ziekenhuisopname hart en vaten (centraal); niet gebruikt in de "
              "standaardberekening.", NON_NEGATIVE),
    Parameter(K.PRICE_WORK_LOSS_DAY, 211.0, "€ per dag", CE_DELFT,
              "Kosten verzuimdag (centraal); niet gebruikt in de standaardberekening.",
              NON_NEGATIVE),
    Parameter(K.PRICE_RESTRICTED_ACTIVITY_DAY, 148.0, "€ per dag", CE_DELFT,
              "Kosten dag met beperkte activiteit (centraal); niet gebruikt in de "
              "standaardberekening.", NON_NEGATIVE),
    Parameter(K.DISCOUNT_RATE, 0.0225, "per jaar", "Nederlandse MKBA-praktijk",
              "Discontovoet voor contante waarden.", FRACTION),
)
# fmt: on


def default_parameters() -> ParameterSet:
    """The reference's defaults as a fresh, validated parameter set."""
    return ParameterSet(_DEFAULTS)
