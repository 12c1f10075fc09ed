"""Denials in English: one short article of our own per pattern, found and linked to what they deny."""

from __future__ import annotations

import pytest
from helpers import checked, only


def assert_denies(den, *claims):
    assert set(den.denies) == {c.id for c in claims}, den.to_dict()
    for c in claims:
        assert den.id in c.denied_by


@pytest.mark.parametrize("verb", ["denied", "rejected"])
def test_denial_verb_with_an_anaphoric_object(verb):
    text = f"A former aide said the senator had taken bribes. The senator {verb} the allegations."
    claims = checked(text, "en")
    st, den = only(claims, "statement"), only(claims, "denial")
    assert den.content.text == "the allegations"
    assert den.source.text == "The senator"
    assert_denies(den, st)


def test_accused_denies_the_accusation_against_him():
    claims = checked("He was accused of fraud by prosecutors. He rejected the accusations.", "en")
    acc, den = only(claims, "accusation"), only(claims, "denial")
    assert_denies(den, acc)


def test_pushed_back_on():
    claims = checked("Critics said the company hid the losses. The company pushed back on those claims.", "en")
    st, den = only(claims, "statement"), only(claims, "denial")
    assert den.cue.text == "pushed back on"
    assert den.content.text == "those claims"
    assert_denies(den, st)


def test_called_the_claims_false():
    claims = checked("The report said the minister lied to parliament. The minister called the claims false.", "en")
    st, den = only(claims, "statement"), only(claims, "denial")
    assert_denies(den, st)


@pytest.mark.parametrize("quote", ['"That\'s a lie,"', '"It is simply not true,"'])
def test_calling_it_a_lie(quote):
    claims = checked(f"The coach is accused of abusing players. {quote} the coach said.", "en")
    acc, den = only(claims, "accusation"), only(claims, "denial")
    assert den.source.text == "the coach"
    assert_denies(den, acc)


def test_insisted_he_had_never():
    text = "The governor was accused of ignoring the warnings. The governor insisted he had never seen the warnings."
    claims = checked(text, "en")
    acc, den = only(claims, "accusation"), only(claims, "denial")
    assert den.content.text == "he had never seen the warnings"
    assert_denies(den, acc)


def test_who_denies_the_allegations():
    claims = checked("The mayor, who denies the allegations, was accused of fraud by the opposition.", "en")
    acc, den = only(claims, "accusation"), only(claims, "denial")
    assert den.source.text == "The mayor"
    assert_denies(den, acc)


def test_restated_denial():
    text = "A witness said the guard hit the prisoner. The guard denied that he hit the prisoner."
    claims = checked(text, "en")
    st, den = only(claims, "statement"), only(claims, "denial")
    assert_denies(den, st)


def test_as_they_allege_inside_a_denial_is_an_accusation():
    claims = checked("The driver denied that he was speeding, as police allege.", "en")
    acc, den = only(claims, "accusation"), only(claims, "denial")
    assert den.content.text == "he was speeding"
    assert acc.content.text == "as police allege"
    assert acc.source.text == "police"
    assert_denies(den, acc)


def test_disputed_takes_an_object_that_points_back():
    text = "A former aide said the senator had taken bribes. The senator disputed the allegations."
    claims = checked(text, "en")
    assert_denies(only(claims, "denial"), only(claims, "statement"))


def test_a_charge_he_denies():
    claims = checked("Prosecutors accused him of fraud, a charge he denies.", "en")
    acc, den = only(claims, "accusation"), only(claims, "denial")
    assert acc.content.text == "fraud"
    assert acc.target.text == "him"
    assert_denies(den, acc)


def test_that_argument_is_a_demonstrative_object():
    den = only(checked("The judge rejected that argument in a ruling on Friday.", "en"), "denial")
    assert den.content.text == "that argument"


def test_disputes_the_idea():
    den = only(checked("The driver disputes the idea that he was speeding.", "en"), "denial")
    assert den.content.text.startswith("the idea")


def test_manner_adverb_inside_the_verb_group():
    den = only(checked("The agency has firmly denied any role in the leak.", "en"), "denial")
    assert den.cue.text == "has firmly denied"
    assert den.content.text == "any role in the leak"
