"""The three models per name: PyTorch, its Jittor conversion, and jittor.models' hand-written one."""
from __future__ import annotations

import os
import shutil
import tempfile

from .common import BadInput


class Models:
    """Builds (PyTorch, converted Jittor, hand-written Jittor or None) for one model name."""

    def __init__(self, device: str, seed: int):
        self.device = device
        self.seed = seed
        self.scratch = tempfile.mkdtemp(prefix="t2j-bench-")
        self.converted_files: set[str] = set()

    def close(self) -> None:
        shutil.rmtree(self.scratch, ignore_errors=True)

    def build(self, name: str, path: str | None, builder: str):
        import torch

        torch.manual_seed(self.seed)
        if path is None:
            pt_model, jt_model = self._torchvision(builder)
        else:
            pt_model, jt_model = self._user_file(path, builder)
        handwritten, note = self._handwritten(builder) if path is None else (None, "no jittor.models counterpart for a user file")
        if self.device == "cuda":
            pt_model = pt_model.cuda()
        pt_model.eval()
        jt_model.eval()
        return pt_model, jt_model, handwritten, note

    def _torchvision(self, builder: str):
        import torchvision

        from ..torchvision_models import BUILDER_FILE, convert_torchvision_files, import_converted

        file = BUILDER_FILE[builder]
        if file not in self.converted_files:
            convert_torchvision_files([file], self.scratch)
            self.converted_files.add(file)
        module = import_converted(file, self.scratch)
        pt_model = getattr(torchvision.models, builder)(weights=None)
        jt_model = getattr(module, builder)(weights=None)
        return pt_model, jt_model

    def _user_file(self, path: str, builder: str):
        from ..verify import _load_module

        folder = os.path.dirname(os.path.abspath(path))
        stem = os.path.splitext(os.path.basename(path))[0]
        out = tempfile.mkdtemp(prefix=f"{stem}-", dir=self.scratch)
        _convert_folder(folder, os.path.basename(path), out)
        try:
            pt_module = _load_module(path, f"t2j_bench_pytorch_{stem}", folder)
            pt_model = getattr(pt_module, builder)()
        except Exception as exc:  # noqa: BLE001 - the user's own PyTorch code failed: bad input
            raise BadInput(f"{path}: building the PyTorch model {builder}() failed: {exc!r}") from None
        jt_module = _load_module(os.path.join(out, stem + ".py"), f"t2j_bench_jittor_{stem}", out)
        return pt_model, getattr(jt_module, builder)()

    @staticmethod
    def _handwritten(builder: str):
        import jittor.models

        make = getattr(jittor.models, builder, None)
        if make is None:
            return None, f"jittor.models has no {builder}"
        model = make()
        model.eval()
        return model, None


def _convert_folder(folder: str, main_file: str, out: str) -> None:
    """Convert main_file and its sibling modules (which it may import) into out, as `verify` does."""
    from ...diagnostics import ConversionError
    from ..verify import convert_with_siblings

    try:
        convert_with_siblings(folder, main_file, out)
    except (ConversionError, UnicodeError, OSError) as exc:
        raise BadInput(f"{os.path.join(folder, main_file)}: cannot convert: {exc}") from None


def load_weights(pt_model, jt_model) -> str | None:
    """Copy PyTorch's state_dict into a Jittor model; return why not, or None when it took them all."""
    from ..verify import IGNORED_KEYS, transfer_weights

    pt_shapes = {k: tuple(v.shape) for k, v in pt_model.state_dict().items() if not k.endswith(IGNORED_KEYS)}
    jt_shapes = {k: tuple(v.shape) for k, v in jt_model.state_dict().items() if not k.endswith(IGNORED_KEYS)}
    only_pt, only_jt = sorted(set(pt_shapes) - set(jt_shapes)), sorted(set(jt_shapes) - set(pt_shapes))
    shapes = sorted(k for k in set(pt_shapes) & set(jt_shapes) if pt_shapes[k] != jt_shapes[k])
    if only_pt or only_jt or shapes:
        parts = []
        if only_pt:
            parts.append(f"{len(only_pt)} key(s) only in PyTorch, e.g. {only_pt[:3]}")
        if only_jt:
            parts.append(f"{len(only_jt)} key(s) only in Jittor, e.g. {only_jt[:3]}")
        if shapes:
            parts.append(f"{len(shapes)} shape(s) differ, e.g. {shapes[0]}: {pt_shapes[shapes[0]]} vs {jt_shapes[shapes[0]]}")
        return "; ".join(parts)
    transfer_weights(pt_model, jt_model)
    return None
