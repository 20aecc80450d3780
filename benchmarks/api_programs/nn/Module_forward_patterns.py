# api: torch.nn.Module
import torch
import torch.nn as nn
import torch.nn.functional as F
class MLP(nn.Module):
    def __init__(self, d_in, d_hidden, n_cls, p=0.1):
        super(MLP, self).__init__()
        self.fc1 = nn.Linear(d_in, d_hidden)
        self.bn = nn.BatchNorm1d(d_hidden)
        self.fc2 = nn.Linear(d_hidden, n_cls)
        self.drop = nn.Dropout(p)
        self.apply(self._init)
    def _init(self, m):
        if isinstance(m, nn.Linear):
            nn.init.constant_(m.weight, 0.05)
            if m.bias is not None:
                nn.init.constant_(m.bias, 0.0)
    def forward(self, x):
        x = F.relu(self.bn(self.fc1(x)))
        x = self.drop(x)
        return F.log_softmax(self.fc2(x), dim=1)
model = MLP(4, 8, 3)
model.eval()
x = torch.arange(8.).view(2, 4)
out = model(x)
pred = out.argmax(dim=1, keepdim=True)
model.train()
train_out = model(x).shape
n = sum(p.numel() for p in model.parameters())
trainable = [n for n, p in model.named_parameters() if p.requires_grad]
