"""`verify --train`: train a PyTorch model and its Jittor conversion side by side, step by step.

Both models start from the same weights and get the same numpy batches; after each optimizer step
the loss, every parameter's gradient and every parameter (and buffer) are compared. At the first
step where something differs, the module tree is printed with the first module whose forward
output, or whose own parameters' gradients, diverge (PaDiff's report, for Jittor).

PyTorch runs `torch.optim.X` and `torch.nn.functional` losses; Jittor runs what the converter turns
them into: the helper module's optimizers and losses (`t2j.SGD`, `t2j.cross_entropy`, ...).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .verify import IGNORED_KEYS, transfer_weights

# name -> (torch.optim / helper class, extra arguments, default learning rate)
OPTIMIZERS = {
    "sgd": ("SGD", {"momentum": 0.9}, 0.01),
    "adam": ("Adam", {}, 1e-3),
    "adamw": ("AdamW", {}, 1e-3),
    "rmsprop": ("RMSprop", {}, 1e-3),
}
LOSSES = {"ce": "cross_entropy", "mse": "mse_loss"}
# Why each step starts from PyTorch's state (synchronise=True): a few SGD steps of a deep net on a
# small batch are chaotic. torchvision's resnet18 (2x3x64x64, SGD lr 0.01 momentum 0.9), in
# PyTorch alone and in float64: weights scaled by 1 + 1e-6 noise give gradients that differ by
# 1.8e-3 (mean relative error, worst tensor) at step 2, 6.9e-2 at step 3 and 0.40 at step 4.
# Float32 round-off is such a perturbation: PyTorch's float32 run against its float64 run differs
# by 9.2e-4 at step 3 and 8.6e-2 at step 4. Jittor's float32 run matches PyTorch's at step 1
# (gradients 1.6e-5, parameters 1.5e-6), then, each on its own trajectory, by 7e-3 at step 2 and
# 0.17 at step 3; in float64 the two stay on one trajectory (worst gradient 1.5e-7 at step 3).
# Started from the same state, every step matches (resnet18: worst gradient 1.6e-5, parameter
# 1.5e-6 over 4 steps). So each step is compared from PyTorch's parameters, buffers and optimizer
# state, after those are compared in turn: a conversion error shows in the step it acts on.
# Gradients compared that way (mean relative error, worst tensor of any of 3 steps): resnet18
# 1.6e-5, mobilenet_v3_small 2.9e-5, vit_b_32 5.2e-6, the bundled SmallNet 3.2e-6 (4 optimizers);
# the planted AvgPool2d error of tests/test_verify.py 0.35. 1e-3 is 35x above the worst of those.
GRADIENT_TOLERANCE = 1e-3
# Modules that draw random numbers in training mode: they run in eval mode in both frameworks, or
# the two runs could never agree. Matched on the class name, so the converted classes match too.
RANDOM_MODULE_NAMES = ("Dropout", "StochasticDepth", "DropPath", "DropBlock")


@dataclass
class Error:
    max_abs: float
    mean_rel: float  # mean |PyTorch - Jittor| / mean |PyTorch|: a scale-free figure that zeros do not blow up
    max_ref: float = 0.0  # largest |PyTorch value|
    # Largest |value| among the tensors this one is compared with (all gradients of the step, all
    # parameters, or itself): an error below tolerance * floor is float32 round-off, which is all a
    # gradient whose true value is zero holds (a conv bias before BatchNorm).
    floor: float = 0.0

    def ok(self, tolerance: float) -> bool:
        return self.mean_rel <= tolerance or self.max_abs <= tolerance * self.floor

    def within_floor_only(self, tolerance: float) -> bool:
        return self.mean_rel > tolerance and self.ok(tolerance)

    def __str__(self) -> str:
        return f"max abs {self.max_abs:.2e}, mean rel {self.mean_rel:.2e}"


def tensor_error(expected, actual) -> Error:
    expected = np.asarray(expected, dtype=np.float64)
    actual = np.asarray(actual, dtype=np.float64)
    if expected.size == actual.size == 1:  # Jittor has no 0-d Vars: a scalar loss is shape [1]
        expected, actual = expected.reshape(()), actual.reshape(())
    if expected.shape != actual.shape:
        return Error(float("inf"), float("inf"))
    if expected.size == 0:
        return Error(0.0, 0.0)
    diff = np.abs(expected - actual)
    max_abs, mean_diff, scale = float(diff.max()), float(diff.mean()), float(np.abs(expected).mean())
    if not np.isfinite(max_abs):
        return Error(float("inf"), float("inf"))
    return Error(max_abs, mean_diff / scale if scale else (0.0 if mean_diff == 0 else float("inf")),
                 float(np.abs(expected).max()))


def _with_floor(errors: dict, floor: float | None = None) -> dict:
    """Set each error's floor to `floor`, or to the largest |value| among them all."""
    top = max((e.max_ref for e in errors.values() if np.isfinite(e.max_ref)), default=0.0) if floor is None else floor
    for error in errors.values():
        error.floor = top
    return errors


def worst(errors) -> Error | None:
    errors = [e for e in errors if e is not None]
    if not errors:
        return None
    return Error(max(e.max_abs for e in errors), max(e.mean_rel for e in errors))


@dataclass
class Step:
    number: int
    loss: tuple[float, float]  # PyTorch, Jittor
    loss_error: Error
    outputs: dict[str, Error]  # module name -> forward output error, in PyTorch's execution order
    gradients: dict[str, Error]  # parameter name -> gradient error
    parameters: dict[str, Error]  # state_dict key -> error after the optimizer step
    gradient_tolerance: float = GRADIENT_TOLERANCE
    # "parameter name: state key" -> error of the optimizer's state after the step (momentum
    # buffers, Adam's moments, the step count): what the next step builds on
    optimizer_state: dict[str, Error] = field(default_factory=dict)

    def failures(self, tolerance):
        return {
            "loss": not self.loss_error.ok(tolerance),
            "gradients": [n for n, e in self.gradients.items() if not e.ok(self.gradient_tolerance)],
            "parameters": [n for n, e in self.parameters.items() if not e.ok(tolerance)],
            "optimizer_state": [n for n, e in self.optimizer_state.items() if not e.ok(tolerance)],
        }

    def ok(self, tolerance) -> bool:
        return not any(self.failures(tolerance).values())


@dataclass
class TrainComparison:
    steps: list[Step] = field(default_factory=list)
    only_in_pytorch: list[str] = field(default_factory=list)
    only_in_jittor: list[str] = field(default_factory=list)
    random_modules: list[tuple[str, str]] = field(default_factory=list)  # (name, class) run in eval mode
    tree: dict[str, list[str]] = field(default_factory=dict)  # module name -> child names ('' is the model)
    classes: dict[str, str] = field(default_factory=dict)
    owner: dict[str, str] = field(default_factory=dict)  # parameter name -> owning module name

    def first_failing_step(self, tolerance) -> Step | None:
        return next((s for s in self.steps if not s.ok(tolerance)), None)

    def ok(self, tolerance) -> bool:
        return not self.only_in_pytorch and not self.only_in_jittor and self.first_failing_step(tolerance) is None


def _first_tensor(output, is_tensor):
    """A module's output, or the first tensor of a tuple/list/dict output (MultiheadAttention's)."""
    if is_tensor(output):
        return output
    if isinstance(output, dict):
        output = list(output.values())
    if isinstance(output, (tuple, list)):
        return next((o for o in output if is_tensor(o)), None)
    return None


def _random_modules(pt_model) -> list[tuple[str, str]]:
    return [(name, type(m).__name__) for name, m in pt_model.named_modules()
            if name and any(k in type(m).__name__ for k in RANDOM_MODULE_NAMES)]


def train_compare(pt_model, jt_model, helpers, input_shape, steps=3, optimizer="sgd", loss="ce", lr=None,
                  seed=0, layers=True, gradient_tolerance=GRADIENT_TOLERANCE, synchronise=True,
                  dtype="float32") -> TrainComparison:
    """Copy pt_model's weights into jt_model and run `steps` optimizer steps in both.

    `helpers` is the converted code's helper module (jittor_compat): its optimizers and losses are
    what converted training code calls. Batch k is numpy-generated from seed + k: inputs uniform
    in [0, 1), cross-entropy targets uniform over the output's classes, mse targets N(0, 1).

    synchronise: after each step's comparison the Jittor side gets PyTorch's parameters, buffers
    and optimizer state, so every step is measured from the same starting point (why: above
    GRADIENT_TOLERANCE); False lets each framework follow its own trajectory. dtype "float64" runs
    both frameworks in float64 (PyTorch's model `.double()`, Jittor's arrays kept 64-bit)."""
    import contextlib

    import jittor as jt

    if dtype == "float64":
        pt_model.double()
    scope = jt.flag_scope(auto_convert_64_to_32=0) if dtype == "float64" else contextlib.nullcontext()
    with scope:
        return _train_compare(pt_model, jt_model, helpers, input_shape, steps, optimizer, loss, lr, seed, layers,
                              gradient_tolerance, synchronise, dtype)


def _train_compare(pt_model, jt_model, helpers, input_shape, steps, optimizer, loss, lr, seed, layers,
                   gradient_tolerance, synchronise, dtype) -> TrainComparison:
    import jittor as jt
    import torch
    import torch.nn.functional as F

    opt_name, opt_extra, default_lr = OPTIMIZERS[optimizer]
    lr = default_lr if lr is None else lr
    result = TrainComparison()
    result.only_in_pytorch, result.only_in_jittor = transfer_weights(pt_model, jt_model)
    for name, module in pt_model.named_modules():
        result.classes[name] = type(module).__name__
        result.tree[name] = [f"{name}.{c}" if name else c for c, _ in module.named_children()]
        for p_name, _ in module.named_parameters(recurse=False):
            result.owner[f"{name}.{p_name}" if name else p_name] = name

    pt_model.train()
    jt_model.train()
    result.random_modules = _random_modules(pt_model)
    pt_modules, jt_modules = dict(pt_model.named_modules()), dict(jt_model.named_modules())
    for name, _ in result.random_modules:
        pt_modules[name].train(False)
        if name in jt_modules:
            jt_modules[name].is_train = False  # not .eval(): Jittor's eval() also stop_grads parameters

    pt_opt = getattr(torch.optim, opt_name)(pt_model.parameters(), lr=lr, **opt_extra)
    jt_opt = getattr(helpers, opt_name)(jt_model.parameters(), lr=lr, **opt_extra)
    pt_loss_fn, jt_loss_fn = getattr(F, LOSSES[loss]), getattr(helpers, LOSSES[loss])
    jt_params = {n: v for n, v in jt_model.state_dict().items() if not n.endswith(IGNORED_KEYS)}
    pt_trainable = [(n, p) for n, p in pt_model.named_parameters() if p.requires_grad]

    pt_out, jt_out = {}, {}
    handles = []
    if layers:
        for name, module in pt_model.named_modules():
            if name:
                handles.append(module.register_forward_hook(_hook(name, pt_out, torch.is_tensor,
                                                                  lambda t: t.detach().cpu().numpy().copy())))
        for name, module in jt_model.named_modules():
            if name:
                module.register_forward_hook(_hook(name, jt_out, lambda t: isinstance(t, jt.Var),
                                                   lambda t: t.numpy().copy()))
    try:
        for k in range(1, steps + 1):
            rng = np.random.RandomState(seed + k)
            image = rng.random_sample(input_shape).astype(dtype)
            pt_out.clear()
            jt_out.clear()

            pt_opt.zero_grad()
            pt_pred = _first_tensor(pt_model(torch.from_numpy(image.copy())), torch.is_tensor)
            if loss == "ce":
                target = rng.randint(0, pt_pred.shape[1], (pt_pred.shape[0],) + tuple(pt_pred.shape[2:])).astype("int64")
            else:
                target = rng.standard_normal(tuple(pt_pred.shape)).astype(dtype)
            pt_loss = pt_loss_fn(pt_pred, torch.from_numpy(target.copy()))
            pt_loss.backward()
            pt_grads = {n: (p.grad.numpy().copy() if p.grad is not None else np.zeros(tuple(p.shape), dtype))
                        for n, p in pt_trainable}
            pt_opt.step()
            pt_state = {n: v.detach().numpy().copy() for n, v in pt_model.state_dict().items()
                        if not n.endswith(IGNORED_KEYS)}

            jt_opt.zero_grad()
            jt_pred = _first_tensor(jt_model(jt.array(image)), lambda t: isinstance(t, jt.Var))
            jt_loss = jt_loss_fn(jt_pred, jt.array(target))
            jt_opt.backward(jt_loss)
            jt_grads = {}
            for n, _ in pt_trainable:
                grad = helpers.grad_of(jt_params[n]) if n in jt_params else None  # PyTorch's p.grad
                jt_grads[n] = grad.numpy().copy() if grad is not None else None
            jt_opt.step()
            jt_state = {n: v.numpy().copy() for n, v in jt_model.state_dict().items() if not n.endswith(IGNORED_KEYS)}

            outputs = {"": tensor_error(pt_pred.detach().numpy(), jt_pred.numpy())}
            for name, value in pt_out.items():  # PyTorch's execution order
                if name in jt_out:
                    outputs[name] = tensor_error(value, jt_out[name])
            for error in outputs.values():
                error.floor = error.max_ref
            gradients = {n: tensor_error(g, jt_grads[n]) if jt_grads[n] is not None else Error(float("inf"), float("inf"))
                         for n, g in pt_grads.items()}
            parameters = {n: tensor_error(v, jt_state[n]) for n, v in pt_state.items() if n in jt_state}
            _with_floor(gradients)
            _with_floor(parameters)
            result.steps.append(Step(k, (float(pt_loss.item()), float(jt_loss.numpy().reshape(-1)[0])),
                                     tensor_error(pt_loss.item(), jt_loss.numpy()), outputs, gradients, parameters,
                                     gradient_tolerance, _optimizer_state_errors(pt_model, pt_opt, jt_params, jt_opt)))
            if synchronise and k < steps:
                _synchronise(pt_model, pt_opt, jt_params, jt_opt)
    finally:
        for handle in handles:
            handle.remove()
        if layers:
            for name, module in jt_model.named_modules():
                if name:
                    module.remove_forward_hook()
    return result


def _optimizer_state_errors(pt_model, pt_opt, jt_params, jt_opt) -> dict[str, Error]:
    """PyTorch's per-parameter optimizer state against the helper optimizer's, by PyTorch's names."""
    import torch

    errors = {}
    for n, p in pt_model.named_parameters():
        jt_state = jt_opt.state.get(jt_params[n], {}) if n in jt_params else {}
        for key, v in pt_opt.state.get(p, {}).items():
            if not torch.is_tensor(v) and not isinstance(v, (int, float)):
                continue
            if key not in jt_state:
                errors[f"{n}: {key}"] = Error(float("inf"), float("inf"))
                continue
            theirs = jt_state[key]
            theirs = theirs.numpy() if hasattr(theirs, "numpy") else np.float64(theirs)
            errors[f"{n}: {key}"] = tensor_error(v.detach().numpy() if torch.is_tensor(v) else v, theirs)
    by_key = {}  # round-off floor per kind of state: a momentum buffer that is zero up to round-off
    for name, error in errors.items():
        by_key.setdefault(name.rsplit(": ", 1)[1], {})[name] = error
    for group in by_key.values():
        _with_floor(group)
    return errors


def _synchronise(pt_model, pt_opt, jt_params, jt_opt):
    """Give the Jittor side PyTorch's parameters, buffers and per-parameter optimizer state (momentum
    buffers, Adam's moments and step count, under PyTorch's names and keyed by the parameter, as the
    helper optimizers keep them), so that the next step starts from the same point in both."""
    import jittor as jt
    import torch

    def value(key, v):
        if not torch.is_tensor(v):
            return v
        return jt.array(v.detach().numpy().copy()).stop_grad()

    for n, v in pt_model.state_dict().items():
        if n in jt_params and not n.endswith(IGNORED_KEYS):
            jt_params[n].update(jt.array(v.detach().numpy().copy()))
    for n, p in pt_model.named_parameters():
        state = pt_opt.state.get(p)
        if state and n in jt_params:
            jt_opt.state[jt_params[n]] = {k: value(k, v) for k, v in state.items()}


def _hook(name, store, is_tensor, to_numpy):
    def hook(module, inputs, output, *kwargs):
        value = _first_tensor(output, is_tensor)
        if value is not None and name not in store:  # a module called twice keeps its first output
            store[name] = to_numpy(value)  # copied now: a later in-place op must not change it

    return hook


# --- the report ------------------------------------------------------------------------------------
def first_divergence(result: TrainComparison, step: Step, tolerance: float):
    """(module name, 'forward output' | "parameters' gradients", Error), or None.

    Forward outputs in execution order first: a wrong forward makes everything after it wrong.
    Then own parameters' gradients in backward order (reverse execution order), since a wrong
    backward makes the gradients of every module that ran before it wrong."""
    order = [n for n in step.outputs if n]
    for name in order + [""]:  # the model's own output last: code between its submodules
        if not step.outputs[name].ok(tolerance):
            return name, "forward output", step.outputs[name]
    own = _own_gradients(result, step)
    ran = set(order)
    for name in list(reversed(order)) + [n for n in result.tree if n and n not in ran] + [""]:
        errors = own.get(name, [])
        if not all(e.ok(step.gradient_tolerance) for e in errors):
            return name, "parameters' gradients", worst(errors)
    return None


def _own_gradients(result, step) -> dict[str, list[Error]]:
    by_module = {}
    for p_name, error in step.gradients.items():
        by_module.setdefault(result.owner.get(p_name, ""), []).append(error)
    return by_module


def module_tree(result: TrainComparison, step: Step, culprit: str) -> list[str]:
    """The module tree, expanded along the path to `culprit`; other subtrees folded to one line
    with their worst figures. Each line: forward output error | worst gradient error (subtree)."""
    own = {name: worst(errors) for name, errors in _own_gradients(result, step).items()}
    subtree_grads = {}

    def collect(name):
        errors = [own.get(name)] + [collect(c) for c in result.tree.get(name, [])]
        subtree_grads[name] = worst(errors)
        return subtree_grads[name]

    collect("")
    path = {""}
    parts = culprit.split(".")
    path.update(".".join(parts[:i]) for i in range(1, len(parts) + 1))
    lines = []

    def show(name, depth):
        label = (name.rsplit(".", 1)[-1] if name else "(model)") + f" ({result.classes.get(name, '?')})"
        out = step.outputs.get(name)
        grads = subtree_grads.get(name)
        folded = name not in path and result.tree.get(name)
        text = f"{'  ' * depth}{label:<{max(44 - 2 * depth, len(label) + 1)}}"
        text += f" output: {out}" if out is not None else " output: -"
        text += f" | grads{'(all inside)' if folded else ''}: {grads}" if grads is not None else " | grads: -"
        if name == culprit:
            text += "   <-- first divergence"
        lines.append(text)
        if name in path:
            for child in result.tree.get(name, []):
                show(child, depth + 1)

    show("", 0)
    return lines


def _worst_item(errors: dict, tolerance):
    """The (name, error) with the largest mean relative error, round-off near zero aside."""
    return max(((n, e) for n, e in errors.items() if not e.within_floor_only(tolerance)),
               key=lambda kv: kv[1].mean_rel, default=None)


def report(result: TrainComparison, tolerance: float) -> list[str]:
    lines = []
    if result.random_modules:
        listed = ", ".join(f"{n} ({c})" for n, c in result.random_modules[:6])
        more = f" and {len(result.random_modules) - 6} more" if len(result.random_modules) > 6 else ""
        lines.append(f"dropout off: {len(result.random_modules)} random module(s) run in eval mode in both "
                     f"frameworks, so the runs are deterministic: {listed}{more}")
    else:
        lines.append("dropout: the model has no Dropout/StochasticDepth modules")
    if result.only_in_pytorch or result.only_in_jittor:
        lines.append(f"state_dict keys only in PyTorch: {result.only_in_pytorch}")
        lines.append(f"state_dict keys only in Jittor: {result.only_in_jittor}")
    for step in result.steps:
        grads_ok = sum(e.ok(step.gradient_tolerance) for e in step.gradients.values())
        params_ok = sum(e.ok(tolerance) for e in step.parameters.values())
        worst_grad = _worst_item(step.gradients, step.gradient_tolerance)
        worst_param = _worst_item(step.parameters, tolerance)
        lines.append(f"step {step.number}: loss {step.loss[0]:.6f} (PyTorch) {step.loss[1]:.6f} (Jittor), "
                     f"{step.loss_error}")
        if worst_grad:
            lines.append(f"  gradients: {grads_ok}/{len(step.gradients)} match, worst {worst_grad[0]}: {worst_grad[1]}")
        if worst_param:
            lines.append(f"  parameters and buffers after the step: {params_ok}/{len(step.parameters)} match, "
                         f"worst {worst_param[0]}: {worst_param[1]}")
        worst_state = _worst_item(step.optimizer_state, tolerance)
        if worst_state:
            state_ok = sum(e.ok(tolerance) for e in step.optimizer_state.values())
            lines.append(f"  optimizer state after the step: {state_ok}/{len(step.optimizer_state)} match, "
                         f"worst {worst_state[0]}: {worst_state[1]}")
        floor_only = [n for n, e in step.gradients.items() if e.within_floor_only(step.gradient_tolerance)]
        if floor_only:
            lines.append(f"  {len(floor_only)} gradient(s) near zero in both, within round-off of the largest "
                         f"gradient ({step.gradient_tolerance:g} x {step.gradients[floor_only[0]].floor:.2e}): "
                         + ", ".join(floor_only[:4]) + (" ..." if len(floor_only) > 4 else ""))
        if step.ok(tolerance):
            continue
        failed = step.failures(tolerance)
        divergence = first_divergence(result, step, tolerance)
        if divergence is not None:
            name, what, error = divergence
            lines.append(f"first diverging module at step {step.number}: {name} ({result.classes.get(name, '?')}), "
                         f"its {what}: {error}")
            lines.append("module tree (forward output error | worst parameter-gradient error, max abs and mean rel):")
            lines.extend("  " + line for line in module_tree(result, step, name))
        elif (failed["parameters"] or failed["optimizer_state"]) and not failed["gradients"]:
            names = failed["parameters"] + failed["optimizer_state"]
            errors = {**step.parameters, **step.optimizer_state}
            lines.append(f"gradients match but the optimizer step does not: {len(names)} tensor(s) differ after "
                         f"it, first {names[0]}: {errors[names[0]]}")
        elif failed["loss"]:
            lines.append("every module output matches but the loss does not: the loss function differs")
        break
    return lines
