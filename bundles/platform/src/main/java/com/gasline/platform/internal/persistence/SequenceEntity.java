package com.gasline.platform.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** One counter: {@code id} is {@code tenant:name}. */
@Entity
@Table(name = "platform_sequence")
public class SequenceEntity {

    @Id
    String id;
    @Column(name = "next_value")
    long nextValue;
}
