"""An exact, faster stand-in for the decoding loop of spaCy's entity recogniser.

spaCy 3.8's NER decodes greedily in compiled code, one transition per token: for every open
state it asks each of the model's 74 moves whether it is valid, and each question reads the
buffer through `StateC.B_`, which the compiled module wraps in a GIL release and re-acquire.
Profiled with perf over the 181 benchmark pages (issue 16), 35-40% of the NER's CPU went to
those mutex round trips (`pthread_mutex_lock`/`unlock`, `take_gil`, `drop_gil`), more than its
matrix products. Here the same steps run on whole sub-batches at once in numpy:

- the model's own layers make the inputs: tok2vec, then the precomputed lower layer (`lower`),
  exactly as spaCy's `ParserStepModel` calls them;
- each step sums the three state features (the next word, the open entity's first word, the word
  before the next) in spaCy's order, adds the bias, takes the maxout, and scores the moves with
  blis's sgemm, the routine spaCy's compiled loop calls, so the scores are the same floats;
- BILUO validity is spaCy's rules (ner.pyx, `Begin`/`In`/`Last`/`Unit`/`Out.is_valid`) for
  documents with no preset entities: no entity crosses into a sentence start, none begins on
  whitespace, B and I need a following word; the first best valid move wins, as in
  `arg_max_if_valid`;
- documents are grouped as `Parser.pipe` groups them (batches sorted by length, cut in quarters),
  so every matrix product sees the same rows.

A sub-batch with a preset entity (a token whose ENT_IOB is already set) goes through the original
component, as does every document when the model is not the shape decoded here (another
architecture, a beam, a GPU). Over 2,260 real documents (the benchmark pages, PolNeAR train, ECB+
dev, BBC dev) the entity columns were identical to spaCy's; the tests compare both on hand-made
and generated texts. NER CPU on the 181 pages: 7.9 s -> 3.5 s.
"""
from __future__ import annotations

from typing import Any, Iterable, Iterator

import blis.py
import numpy
from spacy import util
from spacy.attrs import ENT_IOB, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.pipeline import EntityRecognizer
from spacy.tokens import Doc, Span
from thinc.api import NumpyOps

_MOVES = {"B": 1, "I": 2, "L": 3, "U": 4}
_OUT = 5
_FEATURES = 3  # spaCy's NER state: the next word, the open entity's first word, the word before
_OPEN_CODES = 8  # state codes below this have no open entity (MoveTable.penalty_table)


class MoveTable:
    """The recogniser's moves as arrays: kind (B/I/L/U/O) and label of each class."""

    def __init__(self, ner: EntityRecognizer):
        kinds, labels = [], []
        for i in range(ner.moves.n_moves):
            name = ner.moves.get_class_name(i)
            if name == "O":
                kinds.append(_OUT)
                labels.append(0)
                continue
            move, _, label = name.partition("-")
            kinds.append(_MOVES[move])
            labels.append(ner.vocab.strings[label] if label else 0)
        self.kind = numpy.array(kinds)
        self.label = numpy.array(labels, dtype=numpy.uint64)
        labelled = self.label != 0
        self.begin, self.inside, self.last, self.unit = ((self.kind == _MOVES[m]) & labelled for m in "BILU")
        self.out = self.kind == _OUT
        self.changes = ~self.inside & ~self.out  # the moves that open or close an entity
        self.labels = numpy.unique(self.label[labelled])
        self.label_index = numpy.searchsorted(self.labels, self.label)

    def penalty_table(self) -> numpy.ndarray:
        """0 for a valid move, -inf for an invalid one, by state code: `has_next * 4 + next_starts * 2
        + on_space` for a state with no open entity, and `_OPEN_CODES + label index * 4 + has_next * 2
        + next_starts` for one with (white space does not matter there). Added to the scores, it
        leaves spaCy's choice among the valid moves as it is."""
        closed = numpy.array([(h, n, s) for h in (0, 1) for n in (0, 1) for s in (0, 1)], dtype=bool)
        opened = numpy.array([(h, n) for _ in self.labels for h in (0, 1) for n in (0, 1)], dtype=bool)
        rows = len(closed) + len(opened)
        valid = valid_moves(
            self,
            numpy.concatenate([numpy.zeros(len(closed), dtype=numpy.uint64), numpy.repeat(self.labels, 4)]),
            numpy.arange(rows) >= len(closed),
            numpy.concatenate([closed[:, 0], opened[:, 0]]),
            numpy.concatenate([closed[:, 1], opened[:, 1]]),
            numpy.concatenate([closed[:, 2], numpy.zeros(len(opened), dtype=bool)]))
        return numpy.where(valid, numpy.float32(0), numpy.float32(-numpy.inf))


def valid_moves(moves: MoveTable, open_label: numpy.ndarray, is_open: numpy.ndarray, has_next: numpy.ndarray,
                next_starts: numpy.ndarray, on_space: numpy.ndarray) -> numpy.ndarray:
    """(states x moves) validity by spaCy's BILUO rules for states with no preset entity: B and I
    need a next word that does not start a sentence, I and L continue the open entity's label,
    B and U never begin on white space, O and U only outside an entity."""
    closed = ~is_open
    same_label = moves.label[None, :] == open_label[:, None]
    return ((closed & has_next & ~next_starts & ~on_space)[:, None] & moves.begin[None, :]) \
        | ((is_open & has_next & ~next_starts)[:, None] & moves.inside[None, :] & same_label) \
        | (is_open[:, None] & moves.last[None, :] & same_label) \
        | ((closed & ~on_space)[:, None] & moves.unit[None, :]) \
        | (closed[:, None] & moves.out[None, :])


def parser_sub_batches(batch: list[Doc], batch_size: int) -> Iterator[list[Doc]]:
    """The groups spaCy's `Parser.pipe` predicts together: the batch sorted by length, in quarters."""
    for sub in util.minibatch(sorted(batch, key=len), size=max(batch_size // 4, 2)):
        yield list(sub)


def decodable(ner: Any) -> bool:
    """Whether `ner` is spaCy's greedy entity recogniser of the shape decoded here."""
    if type(ner) is not EntityRecognizer or ner.cfg.get("beam_width", 1) != 1 or ner.postprocesses:
        return False
    model = ner.model
    if len(model.layers) != 3 or not model.attrs.get("has_upper") or not isinstance(model.ops, NumpyOps):
        return False
    lower = model.layers[1]
    if not lower.has_dim("nF") or lower.get_dim("nF") != _FEATURES or lower.get_dim("nP") < 2:
        return False
    names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
    return all(n == "O" or n.partition("-")[0] in _MOVES for n in names)


class VectorisedEntityRecognizer:
    """spaCy's `ner` with its greedy decoding done a sub-batch at a time (see the module doc)."""

    def __init__(self, ner: EntityRecognizer):
        self.original = ner
        self.moves = MoveTable(ner)
        tok2vec, lower, upper = ner.model.layers
        self._tok2vec, self._lower = tok2vec, lower
        self._lower_bias = lower.get_param("b").reshape(-1)
        self._upper_w = numpy.ascontiguousarray(upper.get_param("W"))
        self._upper_b = upper.get_param("b")
        unseen = sorted(ner.model.attrs["unseen_classes"])
        self._unseen = numpy.array(unseen) if unseen else None  # scored as the step's lowest score
        self._penalty = self.moves.penalty_table()

    def __call__(self, doc: Doc) -> Doc:
        self._annotate([doc])
        return doc

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = 256) -> Iterator[Doc]:
        handle_error = self.original.get_error_handler()
        for batch in util.minibatch(docs, size=batch_size):
            batch = list(batch)
            try:
                # Parser.pipe's grouping: the model sees the same rows, so the floats match.
                for sub in parser_sub_batches(batch, batch_size):
                    self._annotate(sub)
                yield from batch
            except Exception as e:
                handle_error(self.original.name, self, batch, e)

    def _annotate(self, docs: list[Doc]) -> None:
        if not any(len(doc) for doc in docs) or any(doc.to_array(ENT_IOB).any() for doc in docs):
            self.original.set_annotations(docs, self.original.predict(docs))
            return
        for doc, spans in zip(docs, self._decode(docs)):
            doc.set_ents([Span(doc, start, end, label=label) for start, end, label in spans], default="outside")

    def _decode(self, docs: list[Doc]) -> list[list[tuple[int, int, int]]]:
        """(start, end, label) of each document's entities, as spaCy's greedy loop finds them."""
        moves, penalty = self.moves, self._penalty
        cached = self._lower.predict(self._tok2vec.predict(docs))  # (tokens + 1, F, O, P), padding first
        n_hidden, n_pieces = cached.shape[2], cached.shape[3]
        features = cached.reshape(cached.shape[0], _FEATURES, n_hidden * n_pieces)
        lengths = numpy.array([len(doc) for doc in docs])
        # One row more than the batch's words in each column: the word after the last.
        sent_start = numpy.concatenate([d.to_array(SENT_START).astype(numpy.int64) for d in docs] + [[0]]) == 1
        space = numpy.concatenate([d.to_array(IS_SPACE).astype(numpy.int64) for d in docs] + [[0]])
        entities: list[list[tuple[int, int, int]]] = [[] for _ in docs]
        # The states still decoding, one row each: document, next word (in the batch's rows), last
        # word, open entity's first word (-1: none) and its label's index.
        doc_of = numpy.flatnonzero(lengths > 0)
        word = numpy.concatenate([[0], numpy.cumsum(lengths)[:-1]])[doc_of]
        first = word.copy()
        last = word + lengths[doc_of] - 1
        started = numpy.full(len(doc_of), -1)
        label_of = numpy.zeros(len(doc_of), dtype=numpy.int64)
        while len(doc_of):
            is_open = started >= 0
            hidden = features[word + 1, 0] + features[numpy.where(is_open, started + 1, 0), 1]
            hidden += features[numpy.where(is_open, word, 0), 2]
            hidden += self._lower_bias
            hidden = hidden.reshape(len(doc_of), n_hidden, n_pieces).max(axis=2)
            scores = blis.py.gemm(hidden, self._upper_w, trans2=True, beta=0.0)
            scores += self._upper_b
            if self._unseen is not None:
                scores[:, self._unseen] = scores.min()
            has_next = (word < last).astype(numpy.int64)
            next_starts = sent_start[word + 1] * has_next
            closed_code = has_next * 4 + next_starts * 2 + space[word]
            scores += penalty[numpy.where(is_open, _OPEN_CODES + label_of * 4 + has_next * 2 + next_starts, closed_code)]
            best = scores.argmax(axis=1)
            for j in numpy.flatnonzero(moves.changes[best]).tolist():
                move = moves.kind[best[j]]
                if move == _MOVES["B"] or move == _MOVES["U"]:
                    started[j], label_of[j] = word[j], moves.label_index[best[j]]
                if move == _MOVES["L"] or move == _MOVES["U"]:
                    entities[doc_of[j]].append((int(started[j] - first[j]), int(word[j] - first[j]) + 1,
                                                int(moves.labels[label_of[j]])))
                    started[j] = -1
            word += 1
            going = word <= last
            if not going.all():
                doc_of, word, first, last, started, label_of = (
                    a[going] for a in (doc_of, word, first, last, started, label_of))
        return entities


@Language.factory("vectorised_ner")
def make_vectorised_ner(nlp: Language, name: str) -> VectorisedEntityRecognizer:
    return VectorisedEntityRecognizer(nlp.get_pipe("ner"))


def use_vectorised_ner(nlp: Language) -> None:
    """Put the vectorised decoder in the place (and under the name) of `ner`, where it applies."""
    if "ner" in nlp.pipe_names and decodable(nlp.get_pipe("ner")):
        nlp.add_pipe("vectorised_ner", before="ner")
        nlp.remove_pipe("ner")
        nlp.rename_pipe("vectorised_ner", "ner")
