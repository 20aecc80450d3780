"""Training scripts of public repositories (pytorch/examples and others), converted by the CLI
and trained with Jittor alone, against PyTorch.

    python -m torch2jittor.tools.examples_parity --source EXAMPLES_DIR [--scripts regression,vae] [--steps 4] [--out DIR]
    python -m torch2jittor.tools.examples_parity --repo yunjey/pytorch-tutorial --source CHECKOUT [--scripts ...]
    python -m torch2jittor.tools.examples_parity --source CHECKOUT --script train.py [--convert .]
        [--data mnist:../data] [--data cifar10:data] -- ARGS...

EXAMPLES_DIR is a checkout of https://github.com/pytorch/examples; --repo names another repository
whose scripts are listed below (REPOS), CHECKOUT being a checkout of it. --script runs any script
of a checkout (its path in it; --convert: the folder converted, default the whole checkout; --data:
the data it reads, KIND:FOLDER relative to the script's folder, KIND one of DATA_MAKERS; the
script's arguments after `--`). The folder is converted as a directory
(`torch2jittor convert <folder> -o <out>`), small data is generated for it
(MNIST idx files, CIFAR pickles, a text corpus, token files, JPEG images: nothing is downloaded), and
the script runs twice with its arguments, each in its own process (tools/example_trace.py):
PyTorch's original, then the conversion with torch and torchvision unimportable. Both start from
PyTorch's initial weights (saved at each top-level module's first call, loaded into the Jittor
one), shuffle their data in the same order and take the script's own random draws (randn, dropout
masks) and torchvision's random transforms' parameters from numpy generators shared by the two
runs. Every backward() records its loss; the run stops after --steps of them.
Prints a markdown table: script, whether the conversion ran, steps compared, the largest relative
difference of the per-step losses. Exit 1 if a conversion fails to run or a difference reaches
the tolerance (1e-4).
"""
from __future__ import annotations

import argparse
import fcntl
import gzip
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import termios

import numpy as np

TOLERANCE = 1e-4


def _write_idx(path: str, array: np.ndarray) -> None:
    array = np.asarray(array, dtype=np.uint8)
    with open(path, "wb") as f:
        f.write(struct.pack(">I", 0x0800 + array.ndim))  # unsigned bytes, ndim dimensions
        f.write(struct.pack(">" + "I" * array.ndim, *array.shape))
        f.write(array.tobytes())


def make_mnist(root: str, train: int = 256, test: int = 128, seed: int = 0, name: str = "MNIST") -> None:
    """root/<name>/raw/{train,t10k}-{images-idx3,labels-idx1}-ubyte: digits-shaped noise, labels 0-9."""
    raw = os.path.join(root, name, "raw")
    os.makedirs(raw, exist_ok=True)
    rng = np.random.RandomState(seed)
    for split, n in (("train", train), ("t10k", test)):
        labels = rng.randint(0, 10, n)
        images = rng.randint(0, 256, (n, 28, 28)) * (rng.random_sample((n, 28, 28)) < 0.2)
        images[np.arange(n), 2 + 2 * labels, :] = 255  # a bar whose place is the label: learnable
        _write_idx(os.path.join(raw, f"{split}-images-idx3-ubyte"), images)
        _write_idx(os.path.join(raw, f"{split}-labels-idx1-ubyte"), labels)


def make_corpus(folder: str, seed: int = 0, train_lines: int = 60) -> None:
    """folder/{train,valid,test}.txt: lines of words from a 40-word vocabulary."""
    os.makedirs(folder, exist_ok=True)
    rng = np.random.RandomState(seed)
    words = [f"w{i}" for i in range(40)]
    for name, lines in (("train", train_lines), ("valid", 20), ("test", 20)):
        with open(os.path.join(folder, f"{name}.txt"), "w", encoding="utf8") as f:
            for _ in range(lines):
                f.write(" " + " ".join(rng.choice(words, rng.randint(5, 15))) + " \n")


def make_cifar10(root: str, train: int = 256, test: int = 100, seed: int = 0) -> None:
    """root/cifar-10-batches-py: the python pickles torchvision reads (data_batch_1..5, test_batch,
    batches.meta), smooth random colour images whose mean colour depends on the label."""
    import pickle

    folder = os.path.join(root, "cifar-10-batches-py")
    os.makedirs(folder, exist_ok=True)
    rng = np.random.RandomState(seed)

    def batch(n):
        labels = rng.randint(0, 10, n)
        small = rng.randint(0, 256, (n, 3, 8, 8)).astype(np.float64)
        images = np.repeat(np.repeat(small, 4, axis=2), 4, axis=3)
        images = 0.7 * images + 7.0 * labels[:, None, None, None] * np.arange(1, 4)[None, :, None, None]
        return {"data": np.clip(images, 0, 255).astype(np.uint8).reshape(n, 3072), "labels": labels.tolist()}

    parts = np.diff(np.linspace(0, train, 6).astype(int))
    for i, n in enumerate(parts):
        with open(os.path.join(folder, f"data_batch_{i + 1}"), "wb") as f:
            pickle.dump(batch(int(n)), f)
    with open(os.path.join(folder, "test_batch"), "wb") as f:
        pickle.dump(batch(test), f)
    with open(os.path.join(folder, "batches.meta"), "wb") as f:
        pickle.dump({"label_names": ["airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse",
                                     "ship", "truck"]}, f)


def make_tokens(folder: str, vocab: int = 40, seed: int = 0) -> None:
    """folder/{train,val}.bin (uint16 token ids, as nanoGPT's prepare.py writes them) and meta.pkl
    (vocab_size, stoi, itos)."""
    import pickle

    os.makedirs(folder, exist_ok=True)
    rng = np.random.RandomState(seed)
    for name, n in (("train", 4000), ("val", 1000)):
        # a repeated pattern with noise: learnable
        ids = (np.arange(n) * 7 + rng.randint(0, 3, n)) % vocab
        ids.astype(np.uint16).tofile(os.path.join(folder, f"{name}.bin"))
    chars = [chr(ord("a") + i % 26) + str(i // 26) for i in range(vocab)]
    with open(os.path.join(folder, "meta.pkl"), "wb") as f:
        pickle.dump({"vocab_size": vocab, "itos": dict(enumerate(chars)), "stoi": {c: i for i, c in enumerate(chars)}}, f)


def make_images(folder: str, count: int, size=(288, 264), seed: int = 0) -> None:
    """JPEG images of smooth random colour fields (decoded by PIL alike in both runs)."""
    from PIL import Image

    os.makedirs(folder, exist_ok=True)
    rng = np.random.RandomState(seed)
    for i in range(count):
        small = rng.randint(0, 256, (size[1] // 8, size[0] // 8, 3)).astype(np.uint8)
        Image.fromarray(small).resize(size, Image.BILINEAR).save(os.path.join(folder, f"img{i}.jpg"))


CORA_URL = "https://linqs-data.soe.ucsc.edu/public/lbc/cora.tgz"


def make_cora(folder: str, nodes: int = 1700, features: int = 24, classes: int = 7, edges: int = 3000,
              seed: int = 0) -> str:
    """folder/cora/{cora.content,cora.cites} in Cora's format (paper id, 0/1 word features, class
    name; cited id, citing id), and folder/cora.tgz holding them as the real archive does.
    gcn's and gat's splits take the first 1000/1200 and next 500/400 nodes of a permutation, so
    the graph has more nodes than that (Cora: 2708 nodes, 1433 features, 5429 citations)."""
    import tarfile

    rng = np.random.RandomState(seed)
    cora = os.path.join(folder, "cora")
    os.makedirs(cora, exist_ok=True)
    ids = rng.choice(np.arange(1, 50 * nodes), nodes, replace=False)
    labels = rng.randint(0, classes, nodes)
    words = (rng.random_sample((nodes, features)) < 0.15).astype(int)
    words[np.arange(nodes), labels] = 1  # a word of its class: learnable
    with open(os.path.join(cora, "cora.content"), "w") as f:
        for i in range(nodes):
            f.write("\t".join([str(ids[i]), *map(str, words[i]), f"Class_{labels[i]}"]) + "\n")
    with open(os.path.join(cora, "cora.cites"), "w") as f:
        for a, b in rng.randint(0, nodes, (edges, 2)):
            f.write(f"{ids[a]}\t{ids[b]}\n")
    archive = os.path.join(folder, "cora.tgz")
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(cora, arcname="cora")
    return archive


# KIND -> maker(folder): the data a script reads, in the layout its loader expects, at a folder
# given relative to the script's own folder (`--data KIND:FOLDER`; a script's entry lists them)
DATA_MAKERS = {
    "mnist": make_mnist,  # FOLDER/MNIST/raw/*-ubyte: torchvision's MNIST(root=FOLDER)
    "fashion_mnist": lambda folder: make_mnist(folder, name="FashionMNIST"),  # FashionMNIST(root=FOLDER)
    "cifar10": make_cifar10,  # FOLDER/cifar-10-batches-py: torchvision's CIFAR10(root=FOLDER)
    "corpus": make_corpus,  # FOLDER/{train,valid,test}.txt
    "corpus_long": lambda folder: make_corpus(folder, train_lines=400),
    "tokens": make_tokens,  # FOLDER/{train,val}.bin, meta.pkl: nanoGPT's data/<dataset>
}

# name -> (folder in pytorch/examples, script inside it, arguments, data maker(run folder), notes)
SCRIPTS = {
    "regression": ("regression", "main.py", [], None, ""),
    "mnist": ("mnist", "main.py", ["--epochs", "1", "--log-interval", "1", "--batch-size", "32",
                                   "--test-batch-size", "64"], "mnist_parent", ""),
    "vae": ("vae", "main.py", ["--epochs", "1", "--log-interval", "1", "--batch-size", "32"], "mnist_parent", ""),
    "mnist_rnn": ("mnist_rnn", "main.py", ["--epochs", "1", "--log-interval", "1", "--batch-size", "32",
                                           "--test-batch-size", "64"], "mnist_parent", ""),
    "mnist_forward_forward": ("mnist_forward_forward", "main.py",
                              ["--epochs", "2", "--train_size", "64", "--test_size", "32", "--log-interval", "1"],
                              "mnist_here", ""),
    "dcgan": ("dcgan", "main.py", ["--dataset", "fake", "--batchSize", "4", "--imageSize", "64", "--ngf", "8",
                                   "--ndf", "8", "--nz", "16", "--niter", "1", "--workers", "0"], None, ""),
    "word_language_model": ("word_language_model", "main.py",
                            ["--data", "data/tiny", "--emsize", "16", "--nhid", "16", "--epochs", "1",
                             "--bptt", "8", "--batch_size", "4", "--log-interval", "1", "--nlayers", "1"], "corpus", ""),
    # Two LSTM layers: PyTorch draws the dropout between them inside its C++ kernel, where the shared
    # generator cannot reach, so this one runs without dropout.
    "word_language_model_2layers": ("word_language_model", "main.py",
                                    ["--data", "data/tiny", "--emsize", "16", "--nhid", "16", "--epochs", "1",
                                     "--bptt", "8", "--batch_size", "4", "--log-interval", "1", "--nlayers", "2",
                                     "--dropout", "0"], "corpus", ""),
    "word_language_model_transformer": ("word_language_model", "main.py",
                                        ["--data", "data/tiny", "--model", "Transformer", "--emsize", "16",
                                         "--nhid", "16", "--nhead", "2", "--epochs", "1", "--bptt", "8",
                                         "--batch_size", "4", "--log-interval", "1"], "corpus", ""),
    # the sine data made by the folder's own generate_sine_wave.py (its conversion on the Jittor side)
    "time_sequence_prediction": ("time_sequence_prediction", "train.py", ["--steps", "1"], "sine", ""),
    "super_resolution": ("super_resolution", "main.py",
                         ["--upscale_factor", "3", "--batchSize", "2", "--testBatchSize", "2", "--nEpochs", "1",
                          "--threads", "0"], "bsds", ""),
    # torchvision's model builders: `models.__dict__[arch](pretrained=True)` with FakeData; the
    # epoch is cut to 2 batches (TRACE_BATCHES) so validation and the checkpoint save run too.
    "imagenet": ("imagenet", "main.py", ["--dummy", "-a", "squeezenet1_1", "--pretrained", "-b", "2", "--epochs", "1", "--lr", "0.001",
                                         "-j", "0", "-p", "1"], "pretrained", ""),
    # Cora generated (make_cora); gcn downloads it unconditionally (served from the generated
    # archive, $T2J_TRACE_URLS), gat reads ./cora when present. The sparse tensors are dense in
    # the conversion (the helper package's stand-in).
    "gcn": ("gcn", "main.py", ["--epochs", "4", "--val-every", "1", "--no-accel"], "cora_archive",
            "sparse tensors dense"),
    "gat": ("gat", "main.py", ["--epochs", "4", "--num-heads", "2", "--hidden-dim", "8", "--val-every", "1",
                               "--no-accel"], "cora", "sparse tensor dense"),
    # VGG16's pretrained features as the loss network; training, then stylizing with the saved model.
    "fast_neural_style": ("fast_neural_style", "neural_style/neural_style.py",
                          ["train", "--dataset", "data/train", "--style-image", "data/style.jpg", "--save-model-dir",
                           "saved", "--epochs", "1", "--batch-size", "2", "--image-size", "32", "--log-interval", "1"],
                          "neural_style", ""),
}
# Other repositories' training scripts, as above: the folder converted is the whole checkout ("."),
# the script's path in it; data: a list of KIND:FOLDER (DATA_MAKERS), FOLDER relative to the
# script's folder. Run unchanged, with the arguments given (the tutorials take none).
_MNIST_TUTORIAL = ["mnist:../../data"]
TUTORIAL = {  # github.com/yunjey/pytorch-tutorial
    "tutorial_linear_regression": (".", "tutorials/01-basics/linear_regression/main.py", [], [], ""),
    "tutorial_logistic_regression": (".", "tutorials/01-basics/logistic_regression/main.py", [], _MNIST_TUTORIAL, ""),
    "tutorial_feedforward": (".", "tutorials/01-basics/feedforward_neural_network/main.py", [], _MNIST_TUTORIAL, ""),
    "tutorial_cnn": (".", "tutorials/02-intermediate/convolutional_neural_network/main.py", [], _MNIST_TUTORIAL, ""),
    "tutorial_rnn": (".", "tutorials/02-intermediate/recurrent_neural_network/main.py", [], _MNIST_TUTORIAL, ""),
    "tutorial_birnn": (".", "tutorials/02-intermediate/bidirectional_recurrent_neural_network/main.py", [],
                       _MNIST_TUTORIAL, ""),
    "tutorial_resnet": (".", "tutorials/02-intermediate/deep_residual_network/main.py", [], ["cifar10:../../data"], ""),
    "tutorial_language_model": (".", "tutorials/02-intermediate/language_model/main.py", [], ["corpus_long:data"], ""),
    "tutorial_gan": (".", "tutorials/03-advanced/generative_adversarial_network/main.py", [], _MNIST_TUTORIAL, ""),
    "tutorial_vae": (".", "tutorials/03-advanced/variational_autoencoder/main.py", [], _MNIST_TUTORIAL, ""),
}
PYTORCH_CIFAR = {  # github.com/kuangliu/pytorch-cifar (SimpleDLA, SGD + CosineAnnealingLR, random crops and flips)
    "cifar_main": (".", "main.py", ["--lr", "0.01"], ["cifar10:data"], ""),
}
NANOGPT = {  # github.com/karpathy/nanoGPT: its README's CPU run of the Shakespeare config, smaller
    "nanogpt_train": (".", "train.py", ["config/train_shakespeare_char.py", "--device=cpu", "--compile=False",
                                        "--eval_iters=2", "--eval_interval=2", "--log_interval=1", "--block_size=16",
                                        "--batch_size=4", "--n_layer=2", "--n_head=2", "--n_embd=32",
                                        "--max_iters=4", "--lr_decay_iters=4"],
                      ["tokens:data/shakespeare_char"], ""),
}
JCJOHNSON = {  # github.com/jcjohnson/pytorch-examples: random data, 500 steps each
    "jcjohnson_dynamic_net": (".", "nn/dynamic_net.py", [], [], ""),
    "jcjohnson_autograd": (".", "autograd/two_layer_net_autograd.py", [], [], ""),
    "jcjohnson_custom_function": (".", "autograd/two_layer_net_custom_function.py", [], [], ""),
}
# --repo NAME -> its scripts; every script name is unique across them
REPOS = {"pytorch/examples": SCRIPTS, "yunjey/pytorch-tutorial": TUTORIAL, "kuangliu/pytorch-cifar": PYTORCH_CIFAR,
         "karpathy/nanoGPT": NANOGPT, "jcjohnson/pytorch-examples": JCJOHNSON}


def _spec(name: str) -> tuple:
    for scripts in REPOS.values():
        if name in scripts:
            return scripts[name]
    raise KeyError(f"no script {name!r} in {', '.join(REPOS)}")


# Environment a script needs to run with today's PyTorch: time_sequence_prediction's torch.load of
# a numpy array is refused by PyTorch >= 2.6's weights-only default (PyTorch's own switch back).
SCRIPT_ENV = {"time_sequence_prediction": {"TORCH_FORCE_NO_WEIGHTS_ONLY_LOAD": "1"}}
# Scripts whose data loaders stop after this many batches per pass (example_trace's $T2J_TRACE_BATCHES).
TRACE_BATCHES = {"imagenet": 2}
# The pretrained checkpoints a script loads (torchvision builder names): made with PyTorch's own
# initialisation (seeded) into a temporary $TORCH_HOME/hub/checkpoints/ under the file name of the
# weights' url, read there by both runs (nothing is downloaded).
PRETRAINED = {"imagenet": ["squeezenet1_1"], "fast_neural_style": ["vgg16"]}


def prepare(name: str, source: str, work: str) -> tuple[str, str]:
    """Copies the script's folder to work/pt/<folder>, converts it to work/jt/<folder>, makes data
    for both; returns (PyTorch script, converted script)."""
    from ..cli import main as cli_main

    folder, script, _, data, _ = _spec(name)
    pt_dir = os.path.normpath(os.path.join(work, "pt", name if folder == "." else folder))
    jt_dir = os.path.normpath(os.path.join(work, "jt", name if folder == "." else folder))
    for d in (pt_dir, jt_dir):
        shutil.rmtree(d, ignore_errors=True)
    shutil.copytree(os.path.join(source, folder), pt_dir, ignore=shutil.ignore_patterns(".git"))
    code = cli_main(["convert", pt_dir, "-o", jt_dir, "-q", "--no-progress"])
    if code not in (0, 1):
        raise RuntimeError(f"converting {folder} failed (exit {code})")
    for d in (pt_dir, jt_dir):
        if isinstance(data, (list, tuple)):
            for item in data:
                kind, _, where = item.partition(":")
                DATA_MAKERS[kind](os.path.normpath(os.path.join(d, os.path.dirname(script), where)))
        elif data == "mnist_parent":  # '../data'
            make_mnist(os.path.join(os.path.dirname(d), "data"))
        elif data == "mnist_here":  # './data/'
            make_mnist(os.path.join(d, "data"))
        elif data == "corpus":
            make_corpus(os.path.join(d, "data", "tiny"))
        elif data == "bsds":
            for split, count in (("train", 8), ("test", 2)):
                make_images(os.path.join(d, "dataset", "BSDS300", "images", split), count, seed=len(split))
        elif data == "sine":
            side = "torch" if d == pt_dir else "jittor"
            made, out = run_side(side, os.path.join(d, "generate_sine_wave.py"), [], tempfile.mkdtemp(), 0, 900)
            if made["returncode"] != 0:
                raise RuntimeError(f"generate_sine_wave.py failed on the {side} side:\n{out[-2000:]}")
        elif data == "cora":
            make_cora(d)
        elif data == "neural_style":
            make_images(os.path.join(d, "neural_style", "data", "train", "images"), 4, size=(48, 40))
            make_images(os.path.join(d, "neural_style", "data", "style"), 1, size=(40, 40), seed=5)
            os.replace(os.path.join(d, "neural_style", "data", "style", "img0.jpg"),
                       os.path.join(d, "neural_style", "data", "style.jpg"))
    if name in PRETRAINED:
        make_pretrained(os.path.join(work, "torch_home"), PRETRAINED[name])
    return os.path.join(pt_dir, script), os.path.join(jt_dir, script)


def make_pretrained(torch_home: str, builders: list[str]) -> None:
    """torch_home/hub/checkpoints/<file of the IMAGENET1K_V1 weights' url>: each builder's
    state_dict from PyTorch's own initialisation (torch.manual_seed(0)), written by torch."""
    code = (
        "import os, sys, torch, torchvision\n"
        "folder = os.path.join(sys.argv[1], 'hub', 'checkpoints')\n"
        "os.makedirs(folder, exist_ok=True)\n"
        "for name in sys.argv[2:]:\n"
        "    url = torchvision.models.get_model_weights(name).IMAGENET1K_V1.url\n"
        "    path = os.path.join(folder, os.path.basename(url))\n"
        "    if not os.path.exists(path):\n"
        "        torch.manual_seed(0)\n"
        "        torch.save(torchvision.models.get_model(name).state_dict(), path)\n"
    )
    subprocess.run([sys.executable, "-c", code, torch_home, *builders], check=True)


def run_side(side: str, script: str, args: list[str], trace: str, steps: int, timeout: int,
             extra_env: dict | None = None, own_weights: bool = False) -> tuple[dict, str]:
    env = dict(os.environ, **(extra_env or {}))
    src = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    env["PYTHONPATH"] = src + os.pathsep + env.get("PYTHONPATH", "")
    env.setdefault("nvcc_path", "")
    env.setdefault("log_silent", "1")
    env.setdefault("use_parallel_op_compiler", "0")
    flags = ["--own-weights"] if own_weights else []  # each run keeps the weights it trained or loaded
    # standard input is an 80-column terminal: scripts that size a progress bar with `stty size`
    # (kuangliu/pytorch-cifar's utils.py, at import) run as they do in a shell
    terminal, stdin = os.openpty()
    fcntl.ioctl(stdin, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    try:
        proc = subprocess.run([sys.executable, "-m", "torch2jittor.tools.example_trace", *flags, side, trace,
                               str(steps), script, *args], stdin=stdin, capture_output=True, text=True,
                              timeout=timeout, env=env)
    finally:
        os.close(terminal)
        os.close(stdin)
    out = proc.stdout + proc.stderr
    try:
        with open(os.path.join(trace, f"losses_{side}.json")) as f:
            result = json.load(f)
    except (OSError, ValueError):
        result = {"losses": [], "notes": []}
    result["returncode"] = proc.returncode
    return result, out


def compare(name: str, source: str, work: str, steps: int, timeout: int = 900) -> dict:
    pt_script, jt_script = prepare(name, source, work)
    args = _spec(name)[2]
    trace = os.path.join(work, "trace", name)
    shutil.rmtree(trace, ignore_errors=True)
    os.makedirs(trace)
    env = {"TORCH_HOME": os.path.join(work, "torch_home")} if name in PRETRAINED else {}
    env.update(SCRIPT_ENV.get(name, {}))
    if name in TRACE_BATCHES:
        env["T2J_TRACE_BATCHES"] = str(TRACE_BATCHES[name])
    if _spec(name)[3] == "cora_archive":
        env["T2J_TRACE_URLS"] = json.dumps({CORA_URL: make_cora(os.path.join(work, "data"))})
    limit = 0 if name in WHOLE_RUN else steps
    pt, pt_out = run_side("torch", pt_script, args, trace, limit, timeout, env)
    jt, jt_out = run_side("jittor", jt_script, args, trace, limit, timeout, env)
    pt["losses"], jt["losses"] = pt["losses"][:steps], jt["losses"][:steps]
    n = min(len(pt["losses"]), len(jt["losses"]))
    a, b = np.array(pt["losses"][:n]), np.array(jt["losses"][:n])
    rel = float(np.max(np.abs(a - b) / np.maximum(np.abs(a), 1e-12))) if n else float("nan")
    result = {"script": name, "torch_ok": pt["returncode"] == 0, "jittor_ok": jt["returncode"] == 0,
              "torch_steps": len(pt["losses"]), "jittor_steps": len(jt["losses"]), "compared": n,
              "max_rel": rel, "torch_losses": pt["losses"], "jittor_losses": jt["losses"],
              "notes": jt["notes"], "torch_output": pt_out[-3000:], "jittor_output": jt_out[-3000:]}
    if name in FOLLOW_UPS and result["torch_ok"] and result["jittor_ok"]:
        FOLLOW_UPS[name](result, pt_script, jt_script, work, timeout, env)
    return result


def stylize_after_training(result: dict, pt_script: str, jt_script: str, work: str, timeout: int, env: dict) -> None:
    """fast_neural_style's second command: each side stylizes an image with the model its training
    saved (`torch.save(model.state_dict())`, read back by `torch.load`); the harness starts both
    from PyTorch's weights, so the two output images must agree (uint8: within 1)."""
    from PIL import Image

    images = []
    for side, script in (("torch", pt_script), ("jittor", jt_script)):
        folder = os.path.dirname(script)
        saved = sorted(f for f in os.listdir(os.path.join(folder, "saved")) if f.endswith(".model"))
        trace = os.path.join(work, "trace", result["script"] + "_stylize")
        os.makedirs(trace, exist_ok=True)
        args = ["eval", "--content-image", "data/style.jpg", "--model", os.path.join("saved", saved[-1]),
                "--output-image", "stylized.jpg"]
        out, text = run_side(side, script, args, trace, 0, timeout, env)
        result[f"{side}_output"] += "\n--- stylize ---\n" + text[-2000:]
        if out["returncode"] != 0:
            result[f"{side}_ok"] = False
            return
        images.append(np.asarray(Image.open(os.path.join(folder, "stylized.jpg")).convert("RGB"), dtype=np.int64))
    # JPEG encoding of near-equal arrays stays near-equal; the decoded pixels are compared
    worst = int(np.max(np.abs(images[0] - images[1])))
    result["notes"].append(f"stylized image (saved model reloaded): max abs pixel difference {worst}")
    result["stylize_max_abs"] = worst
    if worst > 2:
        result["jittor_ok"] = False


def super_resolve_after_training(result: dict, pt_script: str, jt_script: str, work: str, timeout: int,
                                 env: dict) -> None:
    """super_resolution's super_resolve.py: each side upscales a test image with the whole model
    its training saved (`torch.save(model)`, read back by `torch.load` under
    `torch.serialization.safe_globals`), keeping the weights it trained (--own-weights): the two
    output images must agree (uint8: within 1)."""
    from PIL import Image

    trace = os.path.join(work, "trace", result["script"] + "_super_resolve")
    os.makedirs(trace, exist_ok=True)
    args = ["--input_image", os.path.join("dataset", "BSDS300", "images", "test", "img0.jpg"),
            "--model", "model_epoch_1.pth", "--output_filename", "upscaled.png"]
    images = []
    for side, script in (("torch", pt_script), ("jittor", jt_script)):
        folder = os.path.dirname(script)
        out, text = run_side(side, os.path.join(folder, "super_resolve.py"), args, trace, 0, timeout, env,
                             own_weights=True)
        result[f"{side}_output"] += "\n--- super_resolve ---\n" + text[-2000:]
        if out["returncode"] != 0:
            result[f"{side}_ok"] = False
            return
        images.append(np.asarray(Image.open(os.path.join(folder, "upscaled.png")).convert("RGB"), dtype=np.int64))
    worst = int(np.max(np.abs(images[0] - images[1])))
    result["notes"].append(f"super_resolve.py (whole saved model reloaded): max abs pixel difference {worst}")
    if worst > 1:
        result["jittor_ok"] = False


# After the compared training run: more of the script's commands, run on both sides.
FOLLOW_UPS = {"fast_neural_style": stylize_after_training, "super_resolution": super_resolve_after_training}
# Scripts run to their end (their follow-up reads what the end writes); their first --steps
# losses are compared.
WHOLE_RUN = {"super_resolution"}


def table(results: list[dict]) -> str:
    lines = ["| script | runs with Jittor alone | steps compared | max rel diff of losses |",
             "| --- | --- | --- | --- |"]
    for r in results:
        runs = "yes" if r["jittor_ok"] else "no"
        lines.append(f"| {r['script']} | {runs} | {r['compared']} | {r['max_rel']:.2e} |")
    return "\n".join(lines)


def main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    script_args = argv[argv.index("--") + 1:] if "--" in argv else []
    argv = argv[:argv.index("--")] if "--" in argv else argv
    parser = argparse.ArgumentParser(prog="python -m torch2jittor.tools.examples_parity")
    parser.add_argument("--source", required=True, help="a checkout of the repository")
    parser.add_argument("--repo", default="pytorch/examples", choices=sorted(REPOS),
                        help="whose scripts --scripts names (default pytorch/examples)")
    parser.add_argument("--scripts", default=None, help="comma-separated names (default: all the repository's)")
    parser.add_argument("--script", default=None,
                        help="any script of the checkout (its path in it), with the arguments after `--`")
    parser.add_argument("--convert", default=".", help="with --script: the folder converted (default the checkout)")
    parser.add_argument("--data", action="append", default=[], metavar="KIND:FOLDER",
                        help=f"with --script: data to generate, FOLDER relative to the script's folder; "
                             f"KIND: {', '.join(DATA_MAKERS)}")
    parser.add_argument("--steps", type=int, default=4, help="backward() calls compared per script")
    parser.add_argument("--out", default=None, help="work folder (default: a temporary one)")
    parser.add_argument("-v", "--verbose", action="store_true", help="print both runs' output on a failure")
    args = parser.parse_args(argv)
    for item in args.data:
        if item.partition(":")[0] not in DATA_MAKERS:
            parser.error(f"--data {item}: KIND is one of {', '.join(DATA_MAKERS)}")
    if args.script:
        name = os.path.splitext(args.script.replace(os.sep, "_").replace("/", "_"))[0]
        script = os.path.relpath(args.script, args.convert)
        REPOS["(command line)"] = {name: (args.convert, script, script_args, list(args.data), "")}
        names = [name]
    else:
        names = args.scripts.split(",") if args.scripts else list(REPOS[args.repo])
    work = args.out or tempfile.mkdtemp(prefix="t2j_examples_")
    results, failed = [], False
    for name in names:
        r = compare(name, os.path.abspath(args.source), work, args.steps)
        results.append(r)
        bad = not (r["torch_ok"] and r["jittor_ok"]) or not r["compared"] or not r["max_rel"] < TOLERANCE
        failed |= bad
        print(f"{name}: PyTorch {r['torch_losses']}\n{' ' * len(name)}  Jittor  {r['jittor_losses']}", flush=True)
        for note in r["notes"]:
            print(f"  note: {note}")
        if bad and args.verbose:
            print(f"--- PyTorch output ---\n{r['torch_output']}\n--- Jittor output ---\n{r['jittor_output']}")
    print(table(results))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
