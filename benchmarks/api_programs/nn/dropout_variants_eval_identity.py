# api: torch.nn.Dropout2d
import torch
import torch.nn as nn
x = torch.arange(24.).reshape(2, 3, 2, 2)
mods = [nn.Dropout2d(0.5), nn.Dropout3d(0.2), nn.AlphaDropout(0.3), nn.FeatureAlphaDropout(0.4), nn.Dropout1d(0.5)]
for m in mods:
    m.eval()
outs = [mods[0](x), mods[1](x.unsqueeze(0)), mods[2](x), mods[3](x), mods[4](x[0])]
train_shapes = [m.train()(x if i != 1 else x.unsqueeze(0)).shape for i, m in enumerate(mods[:4])]
