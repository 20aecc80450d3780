"""torch.fft: the sample-frequency and shift helpers (runtime/jittor_compat/ops/fft.py). The transforms
take or give complex tensors, which Jittor cannot hold (its only FFT, jittor.nn's cuFFT wrapper, is
CUDA-only and packs real/imaginary pairs in a float axis): they are reported unsupported."""
from ..schema import function

_FACTORY = "*, out=None, dtype=None, layout=torch.strided, device=None, requires_grad=False"
_COMPLEX = "Jittor has no complex dtypes (and no CPU FFT)"

ENTRIES = {
    "torch.fft.fftfreq": function(f"n, d=1.0, {_FACTORY}", "t2j", "fftfreq"),
    "torch.fft.rfftfreq": function(f"n, d=1.0, {_FACTORY}", "t2j", "rfftfreq"),
    "torch.fft.fftshift": function("input, dim=None", "t2j", "fftshift"),
    "torch.fft.ifftshift": function("input, dim=None", "t2j", "ifftshift"),
}

UNSUPPORTED = {
    f"torch.fft.{name}": _COMPLEX for name in (
        "fft ifft fft2 ifft2 fftn ifftn rfft irfft rfft2 irfft2 rfftn irfftn hfft ihfft hfft2 ihfft2 hfftn ihfftn"
    ).split()
}
