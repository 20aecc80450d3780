import numpy as np
import torch


def solve(a, b, index):
    # a may be a tensor: a method Jittor lacks gets a note, the call stays as written
    a.geqrf()
    spectrum = a.stft(16, return_complex=True)
    # names that arrays and other objects have as well, user objects, numpy: nothing to say
    batch = b.stride()
    return spectrum, batch, np.asarray(b).index(1), solve.__name__.upper()

# output
import numpy as np


def solve(a, b, index):
    # a may be a tensor: a method Jittor lacks gets a note, the call stays as written
    a.geqrf()
    spectrum = a.stft(16, return_complex=True)
    # names that arrays and other objects have as well, user objects, numpy: nothing to say
    batch = b.stride()
    return spectrum, batch, np.asarray(b).index(1), solve.__name__.upper()
# diagnostics
# note 7:5 torch.Tensor.geqrf
# note 8:16 torch.Tensor.stft
