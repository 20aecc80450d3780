"""The Lazy* layers (torch/nn/modules/lazy.py), listed with their eager classes: the helper layer infers
in_features/in_channels/num_features at its first call, then becomes the eager layer."""
from ..schema import layer

# PyTorch's UninitializedParameter lets an optimizer take the parameters before the first call
LAZY_NOTE = ("the parameters are created at the first call: build the optimizer after a first forward pass "
             "(PyTorch's optimizer may take them uninitialized)")


def lazy_layer(pytorch_args, name, **fields):
    return layer(pytorch_args, name, note=LAZY_NOTE, **fields)
