# api: torch.nn.Module.eval
import torch
import torch.nn as nn
net = nn.Sequential(nn.Linear(3, 3), nn.BatchNorm1d(3), nn.Dropout(0.9))
for p in net.parameters():
    nn.init.constant_(p, 0.3)
x = torch.arange(12.).reshape(4, 3)
net.train()
_ = net(x)
rm = net[1].running_mean.clone()
net.eval()
out_eval = net(x)
again = net(x)
stable = torch.equal(out_eval, again)
rm_after = net[1].running_mean
