"""A complete small PyTorch training script: dataset, loader, model, optimizer, scheduler,
gradient clipping, checkpoint save/load, evaluation. The converter turns it into a Jittor
script that trains the same way (tests/test_example_training.py runs both).

    python train_classifier.py            # PyTorch
"""
import os
import tempfile

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, Dataset


class BrightQuadrant(Dataset):
    """16x16 RGB noise images; the label is the quadrant that was brightened."""

    def __init__(self, n, seed=0):
        rng = np.random.RandomState(seed)
        self.images = rng.uniform(0, 0.5, (n, 3, 16, 16)).astype("float32")
        self.labels = rng.randint(0, 4, n)
        for image, label in zip(self.images, self.labels):
            row, col = divmod(int(label), 2)
            image[:, row * 8:(row + 1) * 8, col * 8:(col + 1) * 8] += 0.5

    def __len__(self):
        return len(self.labels)

    def __getitem__(self, index):
        return torch.from_numpy(self.images[index]), int(self.labels[index])


class SmallNet(nn.Module):
    def __init__(self, num_classes=4):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(3, 8, kernel_size=3, padding=1, bias=False),
            nn.BatchNorm2d(8),
            nn.ReLU(inplace=True),
            nn.MaxPool2d(2),
        )
        self.classifier = nn.Linear(8 * 8 * 8, num_classes)

    def forward(self, x):
        x = self.features(x)
        return self.classifier(torch.flatten(x, 1))


def evaluate(model, loader):
    model.eval()
    correct = total = 0
    with torch.no_grad():
        for images, labels in loader:
            predicted = model(images).argmax(dim=1)
            correct += int((predicted == labels).sum().item())
            total += labels.shape[0]
    return correct / total


def run(folder, epochs=3, model=None):
    torch.manual_seed(0)
    train_loader = DataLoader(BrightQuadrant(64, seed=1), batch_size=16, shuffle=False)  # fixed order
    test_loader = DataLoader(BrightQuadrant(32, seed=2), batch_size=32)
    model = model if model is not None else SmallNet()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=2, gamma=0.5)
    losses = []
    for epoch in range(epochs):
        model.train()
        for images, labels in train_loader:
            optimizer.zero_grad()
            loss = F.cross_entropy(model(images), labels)
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), max_norm=5.0)
            optimizer.step()
            losses.append(loss.item())
        scheduler.step()
    path = os.path.join(folder, "small_net.pt")
    torch.save(model.state_dict(), path)
    restored = SmallNet()
    restored.load_state_dict(torch.load(path))
    return losses, evaluate(restored, test_loader)


if __name__ == "__main__":
    losses, accuracy = run(tempfile.mkdtemp())
    print(f"loss {losses[0]:.4f} -> {losses[-1]:.4f}, test accuracy {accuracy:.2%}")
