"""Run a PyTorch model and its Jittor conversion side by side and say where they differ.

`compare(pt_model, jt_model, image)` copies PyTorch's parameters and buffers into the Jittor
model, runs both in eval mode on the same numpy input and returns the errors. `layers=True` also
hooks every submodule in both and names the first whose output diverges.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

import numpy as np

os.environ.setdefault("nvcc_path", "")  # keep Jittor off CUDA where nvcc exists without a GPU

IGNORED_KEYS = ("num_batches_tracked",)  # PyTorch's BatchNorm counter: Jittor's BatchNorm has none


def seed_relative_error(pytorch_out, jittor_out) -> float:
    """The seed's formula: mean(|x - y| / |y|) on outputs shifted by +1."""
    x = np.asarray(pytorch_out, dtype=np.float64) + 1
    y = np.asarray(jittor_out, dtype=np.float64) + 1
    return float((np.abs(x - y) / np.abs(y)).mean())


@dataclass
class Comparison:
    mean_rel_err: float
    max_abs_err: float
    output_shape: tuple
    only_in_pytorch: list[str] = field(default_factory=list)  # state_dict keys, IGNORED_KEYS aside
    only_in_jittor: list[str] = field(default_factory=list)
    first_divergence: tuple[str, float] | None = None  # (submodule name, its max abs error)

    @property
    def keys_match(self) -> bool:
        return not self.only_in_pytorch and not self.only_in_jittor

    def ok(self, tolerance: float = 1e-3) -> bool:
        return self.keys_match and self.mean_rel_err < tolerance


def transfer_weights(pt_model, jt_model) -> tuple[list[str], list[str]]:
    """Copy PyTorch's state_dict into the Jittor model; return the keys found on one side only."""
    pt_state = {k: v.detach().cpu().numpy() for k, v in pt_model.state_dict().items() if not k.endswith(IGNORED_KEYS)}
    jt_keys = set(jt_model.state_dict().keys())
    jt_model.load_parameters(pt_state)
    return sorted(set(pt_state) - jt_keys), sorted(jt_keys - set(pt_state))


def compare(pt_model, jt_model, image: np.ndarray, layers: bool = False, atol: float = 1e-4) -> Comparison:
    import jittor as jt
    import torch

    pt_model.eval()
    jt_model.eval()
    only_pt, only_jt = transfer_weights(pt_model, jt_model)
    pt_outputs, jt_outputs = {}, {}
    handles = []
    if layers:
        for name, module in pt_model.named_modules():
            if name:
                handles.append(module.register_forward_hook(_torch_hook(name, pt_outputs)))
        for name, module in jt_model.named_modules():
            if name:
                module.register_forward_hook(_jittor_hook(name, jt_outputs))
    with torch.no_grad():
        expected = pt_model(torch.from_numpy(image.copy())).numpy()
    with jt.no_grad():
        actual = jt_model(jt.array(image)).numpy()
    for h in handles:
        h.remove()
    if layers:
        for name, module in jt_model.named_modules():
            if name:
                module.remove_forward_hook()
    divergence = None
    if layers:
        for name in pt_outputs:  # in execution order
            if name in jt_outputs and pt_outputs[name].shape == jt_outputs[name].shape:
                err = float(np.abs(pt_outputs[name] - jt_outputs[name]).max())
                if err > atol:
                    divergence = (name, err)
                    break
            elif name in jt_outputs:
                divergence = (name, float("inf"))
                break
    if actual.shape != expected.shape:
        return Comparison(float("inf"), float("inf"), actual.shape, only_pt, only_jt, divergence)
    return Comparison(
        seed_relative_error(expected, actual), float(np.abs(expected - actual).max()), expected.shape,
        only_pt, only_jt, divergence,
    )


def _torch_hook(name, store):
    def hook(module, inputs, output):
        if hasattr(output, "detach") and name not in store:
            store[name] = output.detach().cpu().numpy().copy()  # a later in-place op must not change it

    return hook


def _jittor_hook(name, store):
    def hook(module, inputs, output):
        if hasattr(output, "numpy") and name not in store:
            store[name] = output.numpy().copy()

    return hook
