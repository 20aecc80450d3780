"""ChannelShuffle (torch/nn/modules/channelshuffle.py) and F.channel_shuffle."""
from ..schema import function, layer

ENTRIES = {
    "torch.nn.ChannelShuffle": layer("groups", "ChannelShuffle"),
    "torch.nn.functional.channel_shuffle": function("input, groups", "t2j", "channel_shuffle"),
}

# `torch.channel_shuffle is torch.nn.functional.channel_shuffle`
ALIASES = {"torch.channel_shuffle": "torch.nn.functional.channel_shuffle"}
