"""Relation readers on inputs the extraction of a document can produce but tests rarely do."""

from __future__ import annotations

from loaders.extract.build import Builder
from loaders.extract.entities import Resolved
from loaders.extract.relations import roles
from loaders.extract.segment import sentences


def test_a_title_stripped_off_a_name_is_a_descriptor_without_organizations() -> None:
    """A person whose only descriptor is the title the resolver stripped off the name ("Ms", "Colonel"),
    with no role noun around it: the reader used to fail with an unbound span (found on an unseen
    submission with a numbered paragraph "21. Ms A B ...")."""
    text = "Ms Aigul Bekova, dismissed in May, lives in Kostanay with the Union of Teachers."
    sents = sentences(text)
    b = Builder("document:test", text, sents)
    res = Resolved()
    person = b.entity("Person", "aigul bekova", "Aigul Bekova")
    s = text.index("Aigul")
    e = s + len("Aigul Bekova")
    b.mention(person, s, e, sents[0].index)
    res.add(person, s, e, sents[0].index)
    res.descriptors[person.id].append(("Ms", sents[0].index, s, e))
    roles.appositive_roles(sents[0], text, b, res, sents, [(s, e, person)])
    assert person.properties.get("descriptors") == ["Ms"]
    assert not b.relations  # the title names no organization
