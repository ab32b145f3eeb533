"""The Dask engine on a 2-worker LocalCluster writes the same bytes as the local engine."""
from __future__ import annotations

from pathlib import Path

from support.scale import build_corpus, output_bytes, run_into


def test_dask_local_cluster_output_is_byte_identical_to_the_local_engine(shared_data: Path, tmp_path):
    corpus = tmp_path / "corpus"
    build_corpus(shared_data, corpus, count=4)
    local = tmp_path / "local"
    run_into(local, corpus, workers=1)
    on_dask = tmp_path / "dask"
    summary = run_into(on_dask, corpus, engine="dask", workers=2, batch_size=2)
    assert summary.articles["kept"] >= 3
    assert output_bytes(on_dask) == output_bytes(local)
    # the state is shared by both engines: a local rerun over the Dask run reuses everything
    rerun = run_into(on_dask, corpus, workers=1)
    assert rerun.reused["articles"] == rerun.articles["kept"]
    assert output_bytes(on_dask) == output_bytes(local)
