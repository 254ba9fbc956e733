"""Relationships between actors read from one sentence at a time.

* roles and titles: "Hugh Williamson, Europe and Central Asia director at
  Human Rights Watch" -> descriptor + WORKS_FOR; "chair of X", "head of X",
  "President ... of Kazakhstan", "U.S. president Donald Trump" -> LEADS;
* speech and pressure verbs: subject CRITICIZED / CALLED_ON the actors of the
  object; "met (with)", "welcome" -> MET_WITH; "created", "founded" -> FOUNDED;
* places: an organization of a city is LOCATED_IN it; a venue named after a
  city ("Aktau airport") is LOCATED_IN the city; "X, the capital of Y",
  "Russia's state corporation X", "the Osh-based X", "Dushanbe City Court";
* back-references: "Its founder, X" (the topic of the sentence before), "The
  organization also calls on ...", "The president chairs ..." (the person with
  that title); coordinated subjects all act;
* offices: "Its main sponsor, X" of a law (ADOPTED), "approved by the Senate"
  (ADOPTED), "The country rapporteur, X" (MEMBER_OF the committee), "X was
  appointed/elected to ORG", "Judge X of the Y Court", "the UN High
  Commissioner ..., X" (WORKS_FOR the parent body), "the akim of Y region, X"
  (WORKS_FOR the government);
* findings: "the Working Group found that the detention was arbitrary" ->
  CRITICIZED the government concerned;
* groups: "Two other union members, A and B" (MEMBER_OF the union named
  before), "Its founding chairman, X" (LEADS and FOUNDED);
* open letters (:mod:`loaders.extract.letters`): the signatories CALLED_ON the
  addressees when "we call on / urge / ask you";
* "X wrote to A and to B" (CALLED_ON); a call "to repeal / amend / bring into
  line" a law (CRITICIZED the law); "the Committee for X in Tashkent", "the
  Bishkek office of X" (LOCATED_IN);
* the verb lexicon also reads passives ("was criticized by X"), join (MEMBER_OF), represent
  (REPRESENTS), recommend / request (CALLED_ON whom it addresses), judgments ("considers X
  incompatible with ...", "described X as politically motivated") and "expressed concern about X"
  (CRITICIZED X); a call addresses whom it is made on/to, never the people its clause names, and
  whom a criticized happening befell ("the detention of X") is not criticized;
* "X should / must ..." said by a speaker (or in a signed text, by its author): CALLED_ON X;
* "A and B, members of X", "a member of X" (MEMBER_OF); "X of ORG" (WORKS_FOR, MEMBER_OF of a
  party); "X's lawyer, Y", "Y, who is defending X" (REPRESENTS);
* "refused to authorize a march, citing the Law on X": who refuses or punishes ADOPTED (enforced) it;
* family: "his brother, X", "X's wife, Y", "the editor's wife, Y", "Y, the mother of X" (RELATIVE_OF);
* last, the general fallback (:mod:`.acted`): any other content verb whose subject and direct
  object (or passive agent and subject) are actors -> ACTED_ON with the verb, for a pair no
  other reader linked in that sentence.


Layout: :mod:`.roles` (titles, offices, membership, counsel), :mod:`.verbs` (the verb lexicon over
the parse and speech), :mod:`.places` (where places and bodies are), :mod:`.backrefs` (what "its",
"the organization" or "the president" points to) and :mod:`.common` (span helpers). This module
only orders the readers: first one pass per sentence over the parse, then one over surface
phrasings (which read the descriptors the first pass set), then countries acted on become their
governments, then open letters.
"""

from __future__ import annotations

from loaders.extract.build import Builder
from loaders.extract.coref import document_author
from loaders.extract.entities import Resolved
from loaders.extract.legal import surname_mentions
from loaders.extract.letters import letter_relations
from loaders.extract.relations import acted, places, roles, verbs
from loaders.extract.relations.common import ents_of
from loaders.extract.segment import Sentence

__all__ = ["extract_relations"]


def extract_relations(sents: list[Sentence], text: str, b: Builder, res: Resolved) -> None:
    for sent in sents:
        if sent.heading:
            continue
        ents = sorted(res.sent_entities.get(sent.index, []), key=lambda x: x[0])
        people = [(s, e, x) for s, e, x in ents if x.label == "Person"]
        # a bare surname the resolver left untagged ("Tazhimuratov, the editor of ...")
        people = sorted(people + surname_mentions(sent, text, b, ents), key=lambda c: c[0])
        roles.appositive_roles(sent, text, b, res, sents, people)
        verbs.verb_relations(sent, text, b, res, sents)
        places.sentence_places(sent, b, ents)
    _surface_relations(sents, text, b, res)
    verbs.governments_for_countries(sents, b, res)
    letter_relations(sents, text, b, res)
    acted.acted_on(sents, b, res)


def _surface_relations(sents: list[Sentence], text: str, b: Builder, res: Resolved) -> None:
    """Patterns over the surface of a sentence: general phrasings the parse often misses."""
    orgs_of_doc = [x for x in b.entities.values() if x.label == "Organization" and x.mentions]
    locs_of_doc = {x.name.lower(): x for x in b.entities.values() if x.label == "Location" and x.mentions}
    for x in list(locs_of_doc.values()):
        for a in x.aliases:  # a capital read as its country ("Dushanbe") is found by that name too
            locs_of_doc.setdefault(a.lower(), x)
    author = document_author(sents, res)
    for sent in sents:
        if sent.heading:
            continue
        people = ents_of(res, sent, "Person")
        orgs = ents_of(res, sent, "Organization")
        roles.which_chaired(sent, text, b, people, orgs)
        roles.titled_body(sent, text, b, res, sents, people, orgs, orgs_of_doc)
        roles.owner_roles(sent, text, b, res, people)
        roles.group_members(sent, text, b, res, people)
        roles.office_phrases(sent, text, b, res, people)
        verbs.findings(sent, text, b, res, sents)
        verbs.should_calls(sent, b, res, sents, author)
        roles.person_of_org(sent, text, b, people, orgs)
        roles.parent_org_titles(sent, text, b, people, orgs_of_doc)
        roles.possessed_units(sent, b, orgs, orgs_of_doc)
        roles.counsel(sent, text, b, res, people)
        roles.relatives(sent, text, b, res, people)
        verbs.held_talks(sent, b, res)
        verbs.made_calls(sent, b, res)
        verbs.concern_is(sent, b, res)
        verbs.adopted_by(sent, text, b, res)
        verbs.citing_law(sent, b, res)
        places.place_phrases(sent, text, b, res, locs_of_doc)
        places.named_after_place(sent, b, orgs, locs_of_doc)
