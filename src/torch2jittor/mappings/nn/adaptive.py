"""AdaptiveLogSoftmaxWithLoss (torch/nn/modules/adaptive.py)."""

UNSUPPORTED = {
    "torch.nn.AdaptiveLogSoftmaxWithLoss": "no Jittor equivalent (adaptive softmax with clustered tail layers)",
}
