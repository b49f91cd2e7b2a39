# Sourced by run.sh and temporal.sh: makes Benchmarks/.venv with the peers when it lacks one
# and sets $python to its interpreter. Run from the repository's root.
venv=Benchmarks/.venv
if ! "$venv/bin/python" -c "import igraph, networkit, networkx, scipy, yaml, raphtory, pandas" 2>/dev/null; then
    echo "Setting up $venv with igraph, NetworKit, networkx, SciPy, PyYAML and Raphtory…" >&2
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --upgrade pip
    "$venv/bin/pip" install --quiet igraph networkit networkx scipy pyyaml raphtory pandas
fi
python="$venv/bin/python"
