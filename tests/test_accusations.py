"""Accusations whose object is a noun: target and charge, active and passive, French and English."""

from __future__ import annotations

import pytest
from helpers import checked, only


@pytest.mark.parametrize("text,source,target,content", [
    ("Le parquet accuse le maire de corruption.", "Le parquet", "le maire", "corruption"),
    ("Le syndicat accuse la direction de mentir aux salariés.", "Le syndicat", "la direction",
     "mentir aux salariés"),
    ("Le maire est accusé de corruption par le parquet.", "le parquet", "Le maire", "corruption"),
    ("Le maire est accusé par le parquet de corruption passive.", "le parquet", "Le maire", "corruption passive"),
    ("Le maire est accusé par le parquet de Lille d'avoir menti.", "le parquet de Lille", "Le maire", "avoir menti"),
    ("Il est accusé d'abus de biens sociaux.", None, "Il", "abus de biens sociaux"),
    ("Deux gardiens accusés du vol d'une voiture ont été entendus mardi.", None, "Deux gardiens",
     "vol d'une voiture"),
])
def test_french_accusation_frames(text, source, target, content):
    acc = only(checked(text, "fr"), "accusation")
    assert (acc.source.text if acc.source else None) == source
    assert acc.target.text == target
    assert acc.content.text == content


def test_clitic_object_accusation():
    acc = only(checked("L'opposition l'accuse de corruption.", "fr"), "accusation")
    assert acc.content.text == "corruption"
    assert acc.source.text == "L'opposition"


def test_negated_infinitive_charge():
    acc = only(checked("Les habitants lui reprochent de ne pas avoir fermé la route.", "fr"), "accusation")
    assert acc.content.text.startswith("ne pas avoir fermé")


def test_denounced_object_is_not_split():
    acc = only(checked("Le syndicat dénonce la corruption du maire.", "fr"), "accusation")
    assert acc.content.text == "la corruption du maire"


@pytest.mark.parametrize("text,source,target,content", [
    ("Prosecutors accused him of fraud.", "Prosecutors", "him", "fraud"),
    ("Prosecutors accused the mayor of taking bribes.", "Prosecutors", "the mayor", "taking bribes"),
    ("He was accused of fraud by prosecutors.", "prosecutors", "He", "fraud"),
])
def test_english_accusation_frames(text, source, target, content):
    acc = only(checked(text, "en"), "accusation")
    assert acc.source.text == source
    assert acc.target.text == target
    assert acc.content.text == content


def test_relative_denier_is_the_complement_that_can_speak():
    claims = checked("Le syndicat dénonce des menaces du patronat, qui réfute ces accusations.", "fr")
    acc, den = only(claims, "accusation"), only(claims, "denial")
    assert acc.content.text == "des menaces du patronat"
    assert den.source.text == "patronat"
    assert den.denies == (acc.id,)


def test_relative_denier_keeps_a_title_head():
    claims = checked("Le porte-parole du ministère, qui a démenti ces informations, est parti.", "fr")
    assert only(claims, "denial").source.text == "Le porte-parole du ministère"
