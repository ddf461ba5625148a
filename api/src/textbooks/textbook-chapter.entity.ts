import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity('textbook_chapter')
export class TextbookChapter {
  @PrimaryColumn()
  id: string;

  @Index()
  @Column({ name: 'textbook_id' })
  textbookId: string;

  @Column()
  position: number;

  @Column()
  title: string;

  @Column({ name: 'title_en' })
  titleEn: string;
}
