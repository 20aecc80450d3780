"""torch.nn padding layers (zero, constant, reflection, replication, circular; 1-d to 3-d)."""
from __future__ import annotations

import jittor as jt

from .._common import ntuple
from ..functional.vision import pad as _pad


class _PadNd(jt.Module):
    _nd = 1
    _mode = "constant"

    def __init__(self, padding, value=0.0):
        self.padding = ntuple(padding, 2 * self._nd)
        if len(self.padding) != 2 * self._nd:
            raise ValueError(f"{self.__class__.__name__}: padding must have {2 * self._nd} elements")
        self.value = value

    def execute(self, x):
        return _pad(x, self.padding, self._mode, self.value)


class ZeroPad1d(_PadNd):
    _nd = 1

    def __init__(self, padding):
        super().__init__(padding, 0.0)


class ZeroPad2d(ZeroPad1d):
    _nd = 2


class ZeroPad3d(ZeroPad1d):
    _nd = 3


class ConstantPad1d(_PadNd):
    _nd = 1

    def __init__(self, padding, value):
        super().__init__(padding, value)


class ConstantPad2d(ConstantPad1d):
    _nd = 2


class ConstantPad3d(ConstantPad1d):
    _nd = 3


class ReflectionPad1d(ZeroPad1d):
    _mode = "reflect"


class ReflectionPad2d(ReflectionPad1d):
    _nd = 2


class ReflectionPad3d(ReflectionPad1d):
    _nd = 3


class ReplicationPad1d(ZeroPad1d):
    _mode = "replicate"


class ReplicationPad2d(ReplicationPad1d):
    _nd = 2


class ReplicationPad3d(ReplicationPad1d):
    _nd = 3


class CircularPad1d(ZeroPad1d):
    _mode = "circular"


class CircularPad2d(CircularPad1d):
    _nd = 2


class CircularPad3d(CircularPad1d):
    _nd = 3
