"""Dropout (torch/nn/modules/dropout.py) and F.dropout*: identity in eval mode; PyTorch's masks and
scaling in training."""
from ..schema import entry, function, layer

_DROPOUT = "p=0.5, inplace=False"
# PyTorch's functional dropout defaults to training=True (unlike Jittor's is_train=False).
_F_DROPOUT = "input, p=0.5, training=True, inplace=False"

ENTRIES = {
    # Jittor's Dropout reads train/eval mode from the module, like PyTorch's, but starts in eval
    # mode (is_train=False); PyTorch's modules start in training mode.
    "torch.nn.Dropout": entry(_DROPOUT, "nn", "Dropout", "p=0.5, is_train=False", delete=["inplace"],
                              extras={"is_train": "True"}),
    # Jittor's Dropout2d refuses a 2-D input and masks a 3-D one per sample, not per channel.
    "torch.nn.Dropout2d": layer(_DROPOUT, "Dropout2d"),
    "torch.nn.Dropout1d": layer(_DROPOUT, "Dropout1d"),
    "torch.nn.Dropout3d": layer(_DROPOUT, "Dropout3d"),
    "torch.nn.AlphaDropout": layer(_DROPOUT, "AlphaDropout"),
    "torch.nn.FeatureAlphaDropout": layer(_DROPOUT, "FeatureAlphaDropout"),
    "torch.nn.functional.dropout": function(_F_DROPOUT, "t2j", "dropout", keep=("inplace",)),
    "torch.nn.functional.dropout1d": function(_F_DROPOUT, "t2j", "dropout1d", keep=("inplace",)),
    "torch.nn.functional.dropout2d": function(_F_DROPOUT, "t2j", "dropout2d", keep=("inplace",)),
    "torch.nn.functional.dropout3d": function(_F_DROPOUT, "t2j", "dropout3d", keep=("inplace",)),
    # F.alpha_dropout and F.feature_alpha_dropout default to training=False; inplace=True writes the
    # result into the input
    "torch.nn.functional.alpha_dropout": function("input, p=0.5, training=False, inplace=False", "t2j",
                                                  "alpha_dropout", keep=("inplace",)),
    "torch.nn.functional.feature_alpha_dropout": function("input, p=0.5, training=False, inplace=False", "t2j",
                                                          "feature_alpha_dropout", keep=("inplace",)),
}
