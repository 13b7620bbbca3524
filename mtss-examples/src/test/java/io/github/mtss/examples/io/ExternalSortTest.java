package io.github.mtss.examples.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.Lists;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** An external sort returns what an in-memory sort would, however it spills. */
class ExternalSortTest {
  record Item(String key, int seq) {}

  private static final Comparator<Item> ORDER = Comparator.comparing(Item::key)
      .thenComparingInt(Item::seq);

  private static final ExternalSort.Codec<Item> CODEC = new ExternalSort.Codec<>() {
    @Override
    public void write(DataOutput out, Item item) throws IOException {
      ExternalSort.writeString(out, item.key());
      out.writeInt(item.seq());
    }

    @Override
    public Item read(DataInput in) throws IOException {
      return new Item(ExternalSort.readString(in), in.readInt());
    }
  };

  @Property(tries = 200)
  void sortedEqualsAnInMemorySortAndLeavesNoFile(
      @ForAll @Size(max = 60) List<@StringLength(max = 4) String> keys,
      @ForAll @IntRange(min = 1, max = 9) int runSize,
      @ForAll @IntRange(min = 1, max = 7) int batch) throws IOException {
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      items.add(new Item(keys.get(i), i));
    }
    Path parent = Files.createTempDirectory("external-sort-test");
    List<Item> sorted = new ArrayList<>();
    try (ExternalSort<Item> sort = new ExternalSort<>(parent, ORDER, CODEC, runSize)) {
      for (List<Item> part : Lists.partition(items, batch)) {
        sort.addAll(new ArrayList<>(part));
      }
      assertThat(sort.size()).isEqualTo(items.size());
      for (Iterator<Item> it = sort.sorted(); it.hasNext(); ) {
        sorted.add(it.next());
      }
    }
    List<Item> expected = new ArrayList<>(items);
    expected.sort(ORDER);
    assertThat(sorted).containsExactlyElementsOf(expected);
    try (var left = Files.list(parent)) {
      assertThat(left).as("runs are deleted on close").isEmpty();
    }
    Files.delete(parent);
  }
}
