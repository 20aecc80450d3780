"""Runs one training script, PyTorch's or its conversion, with the hooks that make two runs comparable.

    python -m torch2jittor.tools.example_trace [--own-weights] torch|jittor TRACE_DIR MAX_STEPS SCRIPT [ARGS ...]

The script runs as `__main__` from its own folder, as `python SCRIPT ARGS` would. Around it:
- jittor: torch and torchvision cannot be imported (the converted code must run on Jittor alone).
- initial weights: the first time a top-level module is called (not from inside another module's
  call), PyTorch's run saves its state_dict to TRACE_DIR/weights_<k>.npz; the Jittor run loads the
  same file into its k-th such module, so both start from PyTorch's weights. Each optimizer's
  parameters are likewise saved when it is created (TRACE_DIR/optimizer_<k>.npz, in the order of
  its groups) and loaded into the Jittor run's k-th optimizer: a module trained without ever being
  called (`self.forward(x)` from its own method, mnist_forward_forward's layers) starts alike too.
  With --own-weights nothing is shared: each run keeps the weights its script made or loaded
  (a script that loads the other's trained checkpoint, super_resolution's super_resolve.py).
- random draws the script's own code asks for (torch.randn/rand/randn_like/rand_like/randint/normal,
  dropout masks, nn.MultiheadAttention's attention dropout) come from one numpy generator in both
  runs, so both draw the same numbers.
- losses: every backward() records the value it differentiates (TRACE_DIR/losses.json); after
  MAX_STEPS of them (0: no limit) the run stops, as if the script had ended.
- random permutations the script's own code asks for (torch.randperm: gcn's and gat's node splits)
  come from the same numpy generator.
- `requests` is replaced in both runs by a stand-in whose get() serves the files of
  $T2J_TRACE_URLS (optional, JSON {url: local file}: `.raw`, `.content`, `.iter_content`) and
  refuses any other url: a script that downloads its data set unconditionally (gcn's Cora) reads
  the generated copy, one that imports requests without using it (gat) runs without it, and
  nothing is downloaded.
- $T2J_TRACE_BATCHES (optional, a number): every DataLoader pass yields at most that many batches
  in both runs, so a script's epoch over a large data set (imagenet's FakeData) ends and its
  evaluation and checkpoint code runs too.
"""
from __future__ import annotations

import importlib.abc
import json
import os
import random
import runpy
import sys

import numpy as np

_RNG = np.random.RandomState(0)
_SHUFFLE_RNG = np.random.RandomState(1)  # DataLoader(shuffle=True)'s orders, apart from the draws
_AUGMENT_RNG = np.random.RandomState(2)  # torchvision's random transforms (RandomCrop, flips, ...)


class _StopRun(BaseException):
    """Raised from backward() once enough steps are recorded (not an Exception: scripts catch those)."""


class _NoTorch(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path=None, target=None):
        if fullname.split(".")[0] in ("torch", "torchvision"):
            raise ImportError(f"{fullname} cannot be imported here: the converted code must run on Jittor alone")
        return None


def _batches_limit() -> int:
    return int(os.environ.get("T2J_TRACE_BATCHES", "0") or 0)


def _limit_batches(loader_class) -> None:
    """At most $T2J_TRACE_BATCHES batches from each pass over a loader of this class."""
    limit = _batches_limit()
    if not limit:
        return
    original_iter = loader_class.__iter__

    def limited(self):
        for i, batch in enumerate(original_iter(self)):
            if i >= limit:
                return
            yield batch

    loader_class.__iter__ = limited


class Trace:
    def __init__(self, side: str, folder: str, max_steps: int, share_weights: bool = True):
        self.side, self.folder, self.max_steps = side, folder, max_steps
        self.share_weights = share_weights
        self.losses: list[float] = []
        self.roots: dict[int, int] = {}  # id(module) -> its index among top-level modules
        self.optimizers = 0
        self.depth = 0
        self.notes: list[str] = []

    def record(self, value: float) -> None:
        self.losses.append(float(value))
        self.save()
        if self.max_steps and len(self.losses) >= self.max_steps:
            raise _StopRun()

    def save(self) -> None:
        with open(os.path.join(self.folder, f"losses_{self.side}.json"), "w") as f:
            json.dump({"losses": self.losses, "notes": self.notes}, f)

    def weights_file(self, module) -> str | None:
        """The file of a module with weights called at top level for the first time (None
        otherwise; torchvision's transforms are weightless modules in PyTorch, not in Jittor)."""
        if not self.share_weights or self.depth or id(module) in self.roots or not module.state_dict():
            return None
        self.roots[id(module)] = len(self.roots)
        return os.path.join(self.folder, f"weights_{self.roots[id(module)]}_{type(module).__name__}.npz")

    def optimizer_file(self, optimizer) -> str | None:
        if not self.share_weights:
            return None
        self.optimizers += 1
        return os.path.join(self.folder, f"optimizer_{self.optimizers - 1}_{type(optimizer).__name__}.npz")


def _optimizer_params(optimizer) -> list:
    return [p for group in optimizer.param_groups for p in group["params"]]


_SCRIPT_DIR = [""]


def _called_from_script() -> bool:
    """Whether the caller of the patched function is the script's own code (torchvision's FakeData
    draws with torch.randn too, and the helper package reproduces those draws on its own)."""
    filename = sys._getframe(2).f_code.co_filename
    root = _SCRIPT_DIR[0]
    return filename.startswith(root) and f"{os.sep}jittor_compat{os.sep}" not in filename


def _called_from_transforms() -> bool:
    """Whether the caller is torchvision's transforms code (its random parameters: torch.rand(1),
    torch.randint(low, high, size=(1,)), torch.randperm(n), torch.empty(1).uniform_(a, b))."""
    filename = sys._getframe(2).f_code.co_filename
    return f"{os.sep}torchvision{os.sep}transforms{os.sep}" in filename


def _shared(original, draw, augment=None):
    def patched(*args, **kwargs):
        if _called_from_script():
            return draw(*args, **kwargs)
        if augment is not None and _called_from_transforms():
            return augment(*args, **kwargs)
        return original(*args, **kwargs)

    return patched


class _NumpyWithAugmentRng:
    """numpy for the helper package's transforms module, whose random parameters are drawn from
    `np.random`: here from the generator torchvision's transforms draw from in PyTorch's run."""

    random = _AUGMENT_RNG

    def __getattr__(self, name):
        return getattr(np, name)


def _draw(kind, shape, low=0, high=None):
    shape = tuple(int(s) for s in shape)
    if kind == "randn":
        return _RNG.standard_normal(shape).astype(np.float32)
    if kind == "rand":
        return _RNG.random_sample(shape).astype(np.float32)
    return _RNG.randint(low, high, shape).astype(np.int64)


def _normal_shape(mean, std, size, shape_of):
    """torch.normal's result shape: `size` with number mean and std, else mean's and std's
    shapes broadcast (a number counts as a scalar)."""
    if size is not None:
        return tuple(size)
    shapes = [tuple(shape_of(v)) for v in (mean, std) if not isinstance(v, (int, float))]
    return tuple(np.broadcast_shapes(*shapes))


def _draw_int(*args, size=None):
    """torch.randint's argument forms: (high, size), (low, high, size), size= by name."""
    args = list(args)
    if size is None:
        size = args.pop()
    low, high = (0, args[0]) if len(args) == 1 else args
    return _draw("randint", tuple(size), low, high)


def _permutation(n, dtype=None, **kwargs):
    return _RNG.permutation(int(n)).astype(np.int64)


class _Response:
    """What requests.get(url, stream=True) gives for a local file: raw, content, iter_content."""

    def __init__(self, url: str, path: str):
        self.url, self.status_code, self.ok = url, 200, True
        self.raw = open(path, "rb")

    @property
    def content(self) -> bytes:
        return self.raw.read()

    def iter_content(self, chunk_size=1, decode_unicode=False):
        while True:
            chunk = self.raw.read(chunk_size or 65536)
            if not chunk:
                return
            yield chunk

    def raise_for_status(self) -> None:
        pass

    def close(self) -> None:
        self.raw.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _install_urls() -> None:
    """A `requests` module serving $T2J_TRACE_URLS's urls from local files, and no other."""
    urls = json.loads(os.environ.get("T2J_TRACE_URLS", "") or "{}")
    import types

    module = types.ModuleType("requests")

    def get(url, *args, **kwargs):
        if url not in urls:
            raise ConnectionError(f"example_trace: no network here, and {url} is not in $T2J_TRACE_URLS")
        return _Response(url, urls[url])

    module.get = get
    module.ConnectionError = ConnectionError
    sys.modules["requests"] = module


def _sizes(size, kw):
    """randn(2, 3), randn((2, 3)), randn(size=(2, 3))."""
    return _shape(size or (kw["size"],))


def _shape(size):
    if len(size) == 1 and isinstance(size[0], (tuple, list)):
        return tuple(size[0])
    if len(size) == 1 and not isinstance(size[0], int):  # torch.Size / a shape object
        return tuple(size[0])
    return tuple(size)


def _install_torch(trace: Trace) -> None:
    import torch
    import torch.nn.functional as F

    def tensor(kind, size, dtype=None, like=None, requires_grad=False):
        arr = torch.from_numpy(_draw(kind, size))
        arr = arr.to(dtype or (like.dtype if like is not None else torch.get_default_dtype()))
        return arr.requires_grad_(requires_grad)

    augment = _torch_augment_draws(torch)
    torch.randn = _shared(torch.randn, lambda *size, dtype=None, **kw: tensor(
        "randn", _sizes(size, kw), dtype, requires_grad=kw.get("requires_grad", False)))
    torch.rand = _shared(torch.rand, lambda *size, dtype=None, **kw: tensor(
        "rand", _sizes(size, kw), dtype, requires_grad=kw.get("requires_grad", False)), augment["rand"])
    torch.randn_like = _shared(torch.randn_like, lambda x, dtype=None, **kw: tensor(
        "randn", x.shape, dtype, x, requires_grad=kw.get("requires_grad", False)))
    torch.normal = _shared(torch.normal, lambda mean, std=1.0, size=None, **kw: tensor(
        "randn", _normal_shape(mean, std, size, lambda v: v.shape),
        kw.get("dtype") or next((v.dtype for v in (mean, std) if isinstance(v, torch.Tensor)), None)) * std + mean)
    torch.randint = _shared(torch.randint, lambda *a, size=None, dtype=None, **kw: torch.from_numpy(
        _draw_int(*a, size=size)).to(dtype or torch.int64), augment["randint"])
    torch.rand_like = _shared(torch.rand_like, lambda x, dtype=None, **kw: tensor(
        "rand", x.shape, dtype, x, requires_grad=kw.get("requires_grad", False)))
    torch.randperm = _shared(torch.randperm, lambda n, dtype=None, **kw: torch.from_numpy(_permutation(n)).to(
        dtype or torch.int64), augment["randperm"])

    def dropper(noise_shape):
        def dropout(input, p=0.5, training=True, inplace=False):
            if not training or p == 0:
                return input
            keep = torch.from_numpy((_draw("rand", noise_shape(input)) >= p).astype(np.float32)).to(input.dtype)
            return input * keep / (1 - p)

        return dropout

    def feature(spatial, unbatched=True):  # PyTorch's mask shapes of dropout1d/2d/3d
        def shape(x):
            if unbatched and x.ndim == spatial + 1:
                return (x.shape[0],) + (1,) * spatial
            return tuple(x.shape[:2]) + (1,) * (x.ndim - 2)

        return shape

    F.dropout = dropper(lambda x: tuple(x.shape))
    F.dropout1d = dropper(feature(1))
    F.dropout2d = dropper(feature(2, unbatched=False))
    F.dropout3d = dropper(feature(3))

    original_sdpa = F.scaled_dot_product_attention

    def sdpa(query, key, value, attn_mask=None, dropout_p=0.0, is_causal=False, scale=None, **kwargs):
        # nn.MultiheadAttention's attention dropout is drawn inside this kernel: the same attention
        # in PyTorch's own operations, its mask from the shared generator (as the helper package's)
        if dropout_p == 0.0 or kwargs:
            return original_sdpa(query, key, value, attn_mask, dropout_p, is_causal, scale=scale, **kwargs)
        scores = query @ key.transpose(-2, -1) * (scale if scale is not None else query.size(-1) ** -0.5)
        length, source = query.size(-2), key.size(-2)
        if is_causal:
            scores = scores.masked_fill(~torch.ones(length, source, dtype=torch.bool).tril(), float("-inf"))
        if attn_mask is not None:
            scores = scores.masked_fill(~attn_mask, float("-inf")) if attn_mask.dtype == torch.bool else scores + attn_mask
        weights = torch.softmax(scores, dim=-1)
        return dropper(lambda x: tuple(x.shape))(weights, dropout_p) @ value

    F.scaled_dot_product_attention = sdpa

    def shuffled(self):
        yield from _SHUFFLE_RNG.permutation(len(self.data_source)).tolist()

    torch.utils.data.RandomSampler.__iter__ = shuffled
    _limit_batches(torch.utils.data.DataLoader)
    original_loader_init = torch.utils.data.DataLoader.__init__

    def loader_init(self, *args, **kwargs):
        original_loader_init(self, *args, **kwargs)
        # worker processes would each draw from a copy of the augmentation generator
        self.num_workers = 0

    torch.utils.data.DataLoader.__init__ = loader_init
    _accept_generated_datasets()

    def backward(self, *args, **kwargs):
        value = self.detach().float().sum().item() if self.numel() == 1 else float("nan")
        result = original_backward(self, *args, **kwargs)
        trace.record(value)
        return result

    original_backward = torch.Tensor.backward
    torch.Tensor.backward = backward

    original_call = torch.nn.Module.__call__

    def call(self, *args, **kwargs):
        path = trace.weights_file(self)
        if path is not None:
            np.savez(path, **{k: v.detach().cpu().numpy() for k, v in self.state_dict().items()
                              if not k.endswith("num_batches_tracked")})
        trace.depth += 1
        try:
            return original_call(self, *args, **kwargs)
        finally:
            trace.depth -= 1

    torch.nn.Module.__call__ = call

    original_optimizer_init = torch.optim.Optimizer.__init__

    def optimizer_init(self, *args, **kwargs):
        original_optimizer_init(self, *args, **kwargs)
        path = trace.optimizer_file(self)
        if path is not None:
            np.savez(path, *[p.detach().cpu().numpy() for p in _optimizer_params(self)])

    torch.optim.Optimizer.__init__ = optimizer_init


def _torch_augment_draws(torch) -> dict:
    """torchvision's transforms draw their random parameters from _AUGMENT_RNG, one numpy call per
    torch call, as the helper package's transforms draw theirs from np.random (the Jittor run
    points that at _AUGMENT_RNG): both runs crop and flip the same images the same way."""
    def rand(*size, **kwargs):
        return torch.from_numpy(_AUGMENT_RNG.random_sample(_shape(size)).astype(np.float32))

    def randint(*args, size=None, **kwargs):
        args = list(args)
        size = args.pop() if size is None else size
        low, high = (0, args[0]) if len(args) == 1 else args
        return torch.from_numpy(np.asarray(_AUGMENT_RNG.randint(low, high, tuple(size)), dtype=np.int64))

    def randperm(n, **kwargs):
        return torch.from_numpy(_AUGMENT_RNG.permutation(n).astype(np.int64))

    original_uniform = torch.Tensor.uniform_

    def uniform_(self, low=0.0, high=1.0, **kwargs):
        if not _called_from_transforms():
            return original_uniform(self, low, high, **kwargs)
        # the helper's formula: float32(low + (high - low) * r), r drawn in float64
        values = np.float32(low + (high - low) * _AUGMENT_RNG.random_sample(tuple(self.shape)))
        with torch.no_grad():
            return self.copy_(torch.from_numpy(np.asarray(values, dtype=np.float32)))

    torch.Tensor.uniform_ = uniform_
    return {"rand": rand, "randint": randint, "randperm": randperm}


def _accept_generated_datasets() -> None:
    """torchvision's datasets compare each downloaded file's md5 with the published one (CIFAR's
    pickles); the harness's generated stand-ins are accepted when the file exists, as the helper
    package's datasets accept them."""
    import torchvision.datasets  # noqa: F401  (loads its modules)

    def exists(fpath, md5=None):
        return os.path.isfile(fpath)

    for name, module in list(sys.modules.items()):
        if name.startswith("torchvision.datasets") and hasattr(module, "check_integrity"):
            module.check_integrity = exists


def _install_jittor(trace: Trace, script_dir: str) -> None:
    import jittor as jt

    # the helper package the converter wrote at the root of the converted folder: the script's
    # folder or one above it (a script in a subfolder finds it the same way)
    root = script_dir
    while not os.path.isdir(os.path.join(root, "jittor_compat")) and os.path.dirname(root) != root:
        root = os.path.dirname(root)
    sys.path.insert(0, root)
    import jittor_compat as t2j
    import jittor_compat.ops.creation as t2j_creation

    def var(kind, size, dtype=None, like=None, requires_grad=False):
        out = jt.array(_draw(kind, size)).astype(dtype or (like.dtype if like is not None else "float32"))
        return t2j_creation._made(out, requires_grad)  # as the helper's own creation functions mark it

    t2j.randn = _shared(t2j.randn, lambda *size, dtype=None, **kw: var(
        "randn", _sizes(size, kw), dtype, requires_grad=kw.get("requires_grad", False)))
    t2j.rand = _shared(t2j.rand, lambda *size, dtype=None, **kw: var(
        "rand", _sizes(size, kw), dtype, requires_grad=kw.get("requires_grad", False)))
    t2j.randn_like = _shared(t2j.randn_like, lambda x, dtype=None, **kw: var(
        "randn", x.shape, dtype, x, requires_grad=kw.get("requires_grad", False)))
    t2j.normal = _shared(t2j.normal, lambda mean, std=1.0, size=None, **kw: var(
        "randn", _normal_shape(mean, std, size, lambda v: v.shape),
        kw.get("dtype") or next((v.dtype for v in (mean, std) if isinstance(v, jt.Var)), None)) * std + mean)
    t2j.randint = _shared(t2j.randint, lambda *a, size=None, dtype=None, **kw: jt.array(
        _draw_int(*a, size=size)).astype(dtype or "int64"))
    t2j.rand_like = _shared(t2j.rand_like, lambda x, dtype=None, **kw: var(
        "rand", x.shape, dtype, x, requires_grad=kw.get("requires_grad", False)))
    t2j.randperm = _shared(t2j.randperm, lambda n, dtype=None, **kw: jt.array(_permutation(n)).astype(
        dtype or "int64"))

    def dropout_mask(shape, p):  # the helper package draws every dropout mask through this
        return jt.array((_draw("rand", shape) >= p).astype(np.float32))

    for module in list(sys.modules.values()):
        if getattr(module, "__name__", "").startswith("jittor_compat") and hasattr(module, "_dropout_mask"):
            module._dropout_mask = dropout_mask
        if getattr(module, "__name__", "").startswith("jittor_compat") and hasattr(module, "_tv_randint"):
            module._tv_np = _NumpyWithAugmentRng()

    def jittor_dropout(self, x):  # jittor.nn.Dropout, which nn.Dropout converts to
        if not self.is_training() or self.p == 0:
            return x
        return x * dropout_mask(x.shape, self.p).astype(x.dtype) / (1 - self.p)

    jt.nn.Dropout.execute = jittor_dropout

    import jittor_compat.data as t2j_data

    original_indices = t2j_data.DataLoader._indices

    def indices(self):
        if self.sampler is None and self.shuffle:
            return _SHUFFLE_RNG.permutation(len(self.dataset)).tolist()
        return original_indices(self)

    t2j_data.DataLoader._indices = indices
    _limit_batches(t2j_data.DataLoader)
    original_backward = t2j.backward

    def backward(tensor, *args, **kwargs):
        value = float(tensor.sum().item()) if tensor.numel() == 1 else float("nan")
        result = original_backward(tensor, *args, **kwargs)
        trace.record(value)
        return result

    t2j.backward = backward
    import jittor_compat.optim as t2j_optim
    t2j_optim.backward = backward  # optimizer.backward(loss) goes through it

    original_call = jt.nn.Module.__call__

    def call(self, *args, **kwargs):
        path = trace.weights_file(self)
        if path is not None:
            if not os.path.exists(path):
                raise SystemExit(f"example_trace: PyTorch's run saved no {os.path.basename(path)}: "
                                 "the two scripts call their top-level modules in a different order")
            weights = dict(np.load(path))
            # PyTorch's keys (a parameter shared by two modules is listed under both names, as in
            # nanoGPT's tied embedding; Jittor's own state_dict lists it once)
            own = {k for k in t2j.module_state_dict(self) if not k.endswith("num_batches_tracked")}  # not saved
            missing, unexpected = sorted(own - set(weights)), sorted(set(weights) - own)
            if missing or unexpected:
                trace.notes.append(f"{os.path.basename(path)}: keys missing {missing[:5]}, unexpected {unexpected[:5]}")
            t2j.module_load_state_dict(self, {k: v for k, v in weights.items() if k in own}, strict=False)
        trace.depth += 1
        try:
            return original_call(self, *args, **kwargs)
        finally:
            trace.depth -= 1

    jt.nn.Module.__call__ = call

    original_optimizer_init = t2j_optim.Optimizer.__init__

    def optimizer_init(self, *args, **kwargs):
        original_optimizer_init(self, *args, **kwargs)
        path = trace.optimizer_file(self)
        if path is None:
            return
        if not os.path.exists(path):
            raise SystemExit(f"example_trace: PyTorch's run saved no {os.path.basename(path)}: "
                             "the two scripts create their optimizers in a different order")
        saved = np.load(path)
        arrays = [saved[f"arr_{i}"] for i in range(len(saved.files))]
        params = _optimizer_params(self)
        shapes = [tuple(p.shape) for p in params]
        if [a.shape for a in arrays] != shapes:
            trace.notes.append(f"{os.path.basename(path)}: parameter shapes {shapes[:5]} differ from "
                               f"PyTorch's {[a.shape for a in arrays][:5]}")
            return
        for p, a in zip(params, arrays):
            p.update(jt.array(a).cast(p.dtype))

    t2j_optim.Optimizer.__init__ = optimizer_init


def main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    share_weights = argv[0] != "--own-weights"
    argv = argv if share_weights else argv[1:]
    side, folder, max_steps, script, args = argv[0], argv[1], int(argv[2]), argv[3], argv[4:]
    script = os.path.abspath(script)
    script_dir = os.path.dirname(script)
    trace = Trace(side, os.path.abspath(folder), max_steps, share_weights)
    _SCRIPT_DIR[0] = script_dir + os.sep
    _install_urls()
    if side == "jittor":
        sys.meta_path.insert(0, _NoTorch())
        _install_jittor(trace, script_dir)
    else:
        _install_torch(trace)
    os.chdir(script_dir)
    sys.path.insert(0, script_dir)
    sys.argv = [script] + args
    random.seed(0)  # the script's own `random` module draws alike in both runs
    np.random.seed(0)  # and so do its numpy draws (MorvanZhou's GANs paint with np.random)
    trace.save()
    try:
        runpy.run_path(script, run_name="__main__")
    except _StopRun:
        pass
    trace.save()
    return 0


if __name__ == "__main__":
    sys.exit(main())
